// The database in a share link: `#project=<files>&db=<database>`, the SQLite file deflated (fflate)
// and base64url-encoded, beside the files of share.ts. A database whose part would be longer than
// DB_LINK_LIMIT characters is left out, and the link says so (`&db=-`): the sharer's dialog and the
// opener's banner both tell. Opening checks the part as data (its length, that it inflates within
// MAX_DATABASE bytes, that it is an SQLite file) before anything loads it; nothing in it runs.
// encodeDatabase and decodeDatabase run in the tasks worker; they return problems as keys of
// messages.ts, so the page says them in its language.
import { deflateSync, inflateSync } from 'fflate';
import { base64ToBytes, bytesToBase64, formatSize } from './dom';
import type { MessageKey } from './messages';

/** i18n's t, passed in: this module also runs in the tasks worker, which has no page to translate. */
type Translate = (key: MessageKey, ...args: (string | number)[]) => string;

export const DB_KEY = 'db';
/** The mark of a database that was left out. '-' alone never encodes a database. */
const LEFT_OUT = '-';
/**
 * The most characters the database may add to a link: 64,000 (48,000 bytes deflated). With the
 * files, such a link stays well inside what browsers and chat apps carry (Chromium takes 2 MB).
 */
export const DB_LINK_LIMIT = 64_000;
/** What a link's database may inflate to: the limit of a database in an imported zip (zip.ts). */
const MAX_DATABASE = 32 << 20;
const SQLITE_HEADER = 'SQLite format 3\0';

/** What a link carries of the database. */
export type LinkData =
  | { kind: 'none' } // the project has no database
  | { kind: 'included'; value: string; bytes: number }
  | { kind: 'leftOut'; chars: number };

export type DatabaseProblem = Extract<MessageKey, 'share.db.tooLong' | 'share.db.damaged' | 'share.db.tooLarge' | 'share.db.notSqlite'>;

function toBase64Url(bytes: Uint8Array): string {
  return bytesToBase64(bytes).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The link's part for a database (base64, as a snapshot holds it; "" for none). */
export function encodeDatabase(database: string, limit = DB_LINK_LIMIT): LinkData {
  if (!database) return { kind: 'none' };
  const bytes = base64ToBytes(database);
  const value = toBase64Url(deflateSync(bytes, { level: 9 }));
  return value.length > limit ? { kind: 'leftOut', chars: value.length } : { kind: 'included', value, bytes: bytes.length };
}

/** The fragment's part for the database ("" when the project has none). */
export function databaseParam(data: LinkData): string {
  if (data.kind === 'none') return '';
  return `&${DB_KEY}=${data.kind === 'leftOut' ? LEFT_OUT : data.value}`;
}

/** What a location hash says of the database: its value, left out, or nothing. */
export function databaseFromHash(hash: string): { value?: string; leftOut: boolean } {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(DB_KEY) ?? undefined;
  return value === LEFT_OUT ? { leftOut: true } : { value, leftOut: false };
}

/** A link's database as base64 (a snapshot's form), or the problem with it. */
export function decodeDatabase(value: string): { database: string } | { problem: DatabaseProblem } {
  if (value.length > DB_LINK_LIMIT + 4) return { problem: 'share.db.tooLong' };
  if (!/^[A-Za-z0-9_-]+$/.test(value) || value.length % 4 === 1) return { problem: 'share.db.damaged' };
  let packed: Uint8Array;
  try {
    packed = base64ToBytes(value.replaceAll('-', '+').replaceAll('_', '/') + '='.repeat((4 - (value.length % 4)) % 4));
  } catch {
    return { problem: 'share.db.damaged' };
  }
  let bytes: Uint8Array;
  try {
    // A buffer of fixed size: the link cannot inflate to more than MAX_DATABASE bytes.
    bytes = inflateSync(packed, { out: new Uint8Array(MAX_DATABASE) });
  } catch {
    return { problem: 'share.db.damaged' };
  }
  if (bytes.length >= MAX_DATABASE) return { problem: 'share.db.tooLarge' };
  const header = String.fromCharCode(...bytes.subarray(0, SQLITE_HEADER.length));
  if (bytes.length < 512 || header !== SQLITE_HEADER) return { problem: 'share.db.notSqlite' };
  return { database: bytesToBase64(bytes) };
}

/** The share dialog's line on the database. */
export function sharedDataText(t: Translate, data: LinkData): string {
  if (data.kind === 'none') return t('share.dataNone');
  if (data.kind === 'included') return t('share.dataIncluded', formatSize(data.bytes), data.value.length);
  return t('share.dataLeftOut', data.chars.toLocaleString('en-US'), DB_LINK_LIMIT.toLocaleString('en-US'));
}

/** The banner's line on a link just opened. */
export function openedText(t: Translate, files: number, data: 'included' | 'leftOut' | 'none', hadWork: boolean): string {
  const opened = t(data === 'included' ? 'share.loadedData' : data === 'leftOut' ? 'share.loadedLeftOut' : 'share.loaded', files);
  return hadWork ? `${opened} ${t('share.previous')}` : opened;
}
