// The project's files as a tree of folders and files. A click opens a file in the editor; a
// revision script can be deleted. File names only ever go into the page as text.
import type { FileEntry } from './api';
import { el, formatSize } from './dom';
import { t } from './i18n';

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

  update(files: FileEntry[]): void {
    this.files = files;
    const tree = buildTree(files);
    this.list.replaceChildren(this.renderFolder(tree, ''));
    if (files.length === 0) this.list.append(el('p', 'empty', t('files.none')));
  }

  render(): void {
    this.update(this.files);
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
      details.addEventListener('toggle', () => {
        if (details.open) this.closed.delete(path);
        else this.closed.add(path);
      });
      details.append(el('summary', undefined, name), this.renderFolder(folder.folders.get(name)!, `${path}/`));
      const li = el('li');
      li.append(details);
      ul.append(li);
    }
    for (const file of folder.files) {
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
    return ul;
  }
}

