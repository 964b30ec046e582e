// The project's files as a tree of folders and files. A click opens a file in the editor; a
// revision script can be deleted. File names only ever go into the page as text. A folder's
// content is built when it is open, and a folder of thousands of files (a long history's
// versions/) lists them in pages, so a command never rebuilds 10,000 rows.
import { button, el, formatSize, own, utf8Length } from './dom';
import { bind, t } from './i18n';

/** Files listed at first in one folder (and added by each "Show more"). */
const PAGE = 100;

interface Folder {
  folders: Map<string, Folder>;
  /** Full paths of the files right in this folder. */
  files: string[];
}

/** The folders of these paths; segments are found with indexOf (10,000 paths, no arrays made). */
function buildTree(paths: string[]): Folder {
  const root: Folder = { folders: new Map(), files: [] };
  for (const path of paths) {
    let folder = root;
    let from = 0;
    for (let cut = path.indexOf('/'); cut >= 0; cut = path.indexOf('/', from)) {
      const part = path.slice(from, cut);
      let next = folder.folders.get(part);
      if (!next) folder.folders.set(part, (next = { folders: new Map(), files: [] }));
      folder = next;
      from = cut + 1;
    }
    folder.files.push(path);
  }
  return root;
}

export class FileTree {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;
  private selected: string | undefined;
  private readonly closed = new Set<string>(); // folders the user folded

  /** The project's files (path -> text): the same object while they do not change (client.ts). */
  private files: Record<string, string> = {};
  private paths: string[] = [];
  /** Files shown per folder (past PAGE) after "Show more". */
  private readonly shown = new Map<string, number>();

  constructor(
    private readonly onOpen: (path: string) => void,
    private readonly onDelete: (path: string) => void,
    title: HTMLElement,
  ) {
    this.element = el('nav', 'pane files');
    bind(this.element, 'pane.files', 'aria-label');
    this.list = el('div', 'tree');
    this.element.append(title, this.list);
  }

  /** New files. The page hands over the same object while the files stay the same: then nothing is built. */
  update(files: Record<string, string>): void {
    if (files === this.files && this.list.childElementCount) return;
    this.files = files;
    this.paths = Object.keys(files);
    this.draw();
  }

  render(): void {
    this.draw();
  }

  private draw(): void {
    const tree = buildTree(this.paths);
    this.list.replaceChildren(this.renderFolder(tree, ''));
    if (this.paths.length === 0) this.list.append(el('p', 'empty', t('files.none')));
  }

  select(path: string | undefined): void {
    this.selected = path;
    for (const button of this.list.querySelectorAll<HTMLElement>('.file')) {
      const on = button.dataset.path === path;
      button.classList.toggle('selected', on);
      button.setAttribute('aria-current', on ? 'true' : 'false');
    }
  }

  private renderFolder(folder: Folder, prefix: string): HTMLElement {
    const ul = el('ul');
    const names = [...folder.folders.keys()].sort();
    for (const name of names) {
      const path = prefix + name;
      const details = el('details', 'folder');
      details.open = !this.closed.has(path);
      const sub = folder.folders.get(name)!;
      let built = false;
      const build = () => {
        if (built) return;
        built = true;
        details.append(this.renderFolder(sub, `${path}/`));
      };
      details.addEventListener('toggle', () => {
        if (details.open) {
          this.closed.delete(path);
          build();
        } else this.closed.add(path);
      });
      details.append(el('summary', undefined, name));
      if (details.open) build();
      const li = el('li');
      li.append(details);
      ul.append(li);
    }
    const limit = this.shown.get(prefix) ?? PAGE;
    for (const path of folder.files.slice(0, limit)) {
      const row = el('button', 'file');
      row.type = 'button';
      row.dataset.testid = `file-${path}`;
      row.dataset.path = path;
      row.title = `${path} (${formatSize(utf8Length(own(this.files, path) ?? ''))})`; // counted for the rows shown only
      row.append(el('span', 'file-name', path.slice(prefix.length)));
      const on = path === this.selected;
      row.classList.toggle('selected', on);
      row.setAttribute('aria-current', on ? 'true' : 'false');
      row.addEventListener('click', () => this.onOpen(path));
      const li = el('li', 'file-row');
      li.append(row);
      if (/^migrations\/versions\/[^/]+\.py$/.test(path)) {
        const remove = el('button', 'file-delete', '×');
        remove.type = 'button';
        remove.title = t('files.delete', path);
        remove.setAttribute('aria-label', t('files.delete', path));
        remove.dataset.testid = `delete-${path}`;
        remove.addEventListener('click', () => this.onDelete(path));
        li.append(remove);
      }
      ul.append(li);
    }
    if (folder.files.length > limit) {
      const rest = folder.files.length - limit;
      const more = button(t('files.more', Math.min(rest, PAGE * 10), rest), 'btn small ghost', () => {
        this.shown.set(prefix, limit + PAGE * 10);
        this.draw();
      });
      more.dataset.testid = `files-more-${prefix}`;
      const li = el('li', 'file-row');
      li.append(more);
      ul.append(li);
    }
    return ul;
  }
}

