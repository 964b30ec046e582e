// The page's side of a share link with its database (the link's format is share.ts and
// share-db.ts, which also run in the tasks worker): make the link and show it, and read the
// database of a link being opened. Both ask the tasks worker to do the (de)compression.
import { openDialog } from './dialog';
import { el } from './dom';
import { t } from './i18n';
import { ShareError, shareUrl } from './share';
import { databaseFromHash, databaseParam, openedText, sharedDataText, type LinkData } from './share-db';
import type { Tasks } from './tasks';

/** Makes the link for a project (its files and, within the limit, its database) and shows it in a dialog. */
export async function shareProject(tasks: Tasks, base: string, files: Record<string, string>, database: string): Promise<void> {
  const [value, data] = await Promise.all([tasks.run('encodeShare', { files }), tasks.run('encodeShareDb', { database })]);
  const url = shareUrl(base, value) + databaseParam(data);
  const input = el('input', 'input share-url');
  input.readOnly = true;
  input.value = url;
  input.dataset.testid = 'share-url';
  let copied = false;
  try {
    await navigator.clipboard.writeText(url);
    copied = true;
  } catch {
    /* clipboard may be denied: the link is in the dialog */
  }
  const dataLine = el('p', data.kind === 'leftOut' ? 'share-data left-out' : 'share-data', sharedDataText(t, data));
  dataLine.dataset.testid = 'share-data';
  await openDialog({
    title: t('share.title'),
    body: [t(copied ? 'share.copied' : 'share.body', url.length), dataLine, input, el('p', 'hint', t('share.note'))],
    actions: [{ label: t('share.done'), value: 'ok' }],
    testid: 'share-dialog',
    wide: true,
  });
}

/** What a link being opened holds of the database: read before the address loses its hash. */
export interface LinkDatabase {
  read(): Promise<string>;
  /** The banner's line once the project is open. */
  opened(files: number, hadWork: boolean): string;
}

export function linkDatabase(tasks: Tasks, hash: string): LinkDatabase {
  const link = databaseFromHash(hash);
  const kind: LinkData['kind'] = link.value !== undefined ? 'included' : link.leftOut ? 'leftOut' : 'none';
  return {
    /** The database as base64 ("" for none); a damaged one throws a ShareError that says so. */
    async read() {
      if (link.value === undefined) return '';
      const got = await tasks.run('decodeShareDb', { value: link.value });
      if ('problem' in got) throw new ShareError(t(got.problem));
      return got.database;
    },
    opened: (files, hadWork) => openedText(t, files, kind, hadWork),
  };
}
