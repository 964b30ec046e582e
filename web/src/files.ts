// The project's files as a tree of folders and files. A click opens a file in the editor; a
// revision script can be deleted. File names only ever go into the page as text. A folder's
// content is built when it is open, and a folder of thousands of files (a long history's
// versions/) lists them in pages, so a command never rebuilds 10,000 rows.
import type { FileEntry } from './api';
import { button, el, formatSize } from './dom';
import { t } from './i18n';

/** Files listed at first in one folder (and added by each "Show more"). */
const PAGE = 100;

interface Folder {
  folders: Map<string, Folder>;
  files: FileEntry[];
}

function buildTree(files: FileEntry[]): Folder {
  const root: Folder = { folders: new Map(), files: [] };
  for (const file of files) {
    const parts = file.path.split('/');
    let folder = root;
    for (const part of parts.slice(0, -1)) {
      let next = folder.folders.get(part);
      if (!next) folder.folders.set(part, (next = { folders: new Map(), files: [] }));
      folder = next;
    }
    folder.files.push(file);
  }
  return root;
}

export class FileTree {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;
  private selected: string | undefined;
  private readonly closed = new Set<string>(); // folders the user folded

  private files: FileEntry[] = [];
  /** Files shown per folder (past PAGE) after "Show more". */
  private readonly shown = new Map<string, number>();

  constructor(
    private readonly onOpen: (path: string) => void,
    private readonly onDelete: (path: string) => void,
    title: HTMLElement,
  ) {
    this.element = el('nav', 'pane files');
    this.element.setAttribute('aria-label', 'Project files');
    this.list = el('div', 'tree');
    this.element.append(title, this.list);
  }

  /** New files. The page hands over the same array while the files stay the same: then nothing is built. */
  update(files: FileEntry[]): void {
    if (files === this.files && this.list.childElementCount) return;
    this.files = files;
    this.draw();
  }

  render(): void {
    this.draw();
  }

  private draw(): void {
    const tree = buildTree(this.files);
    this.list.replaceChildren(this.renderFolder(tree, ''));
    if (this.files.length === 0) this.list.append(el('p', 'empty', t('files.none')));
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
    for (const file of folder.files.slice(0, limit)) {
      const button = el('button', 'file');
      button.type = 'button';
      button.dataset.testid = `file-${file.path}`;
      button.dataset.path = file.path;
      button.title = `${file.path} (${formatSize(file.size)})`;
      button.append(el('span', 'file-name', file.path.slice(prefix.length)));
      const on = file.path === this.selected;
      button.classList.toggle('selected', on);
      button.setAttribute('aria-current', on ? 'true' : 'false');
      button.addEventListener('click', () => this.onOpen(file.path));
      const li = el('li', 'file-row');
      li.append(button);
      if (/^migrations\/versions\/[^/]+\.py$/.test(file.path)) {
        const remove = el('button', 'file-delete', '×');
        remove.type = 'button';
        remove.title = t('files.delete', file.path);
        remove.setAttribute('aria-label', t('files.delete', file.path));
        remove.dataset.testid = `delete-${file.path}`;
        remove.addEventListener('click', () => this.onDelete(file.path));
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

