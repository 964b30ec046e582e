// The project's files: a tree of folders and files (from `{"cmd":"files"}`), and a read-only viewer
// for the one selected. Both only ever put file data into the page as text.
import type { FileEntry } from './api';

interface Folder {
  folders: Map<string, Folder>;
  files: FileEntry[];
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
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

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

export class FileTree {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;
  private selected: string | undefined;
  private readonly closed = new Set<string>(); // folders the user folded

  constructor(private readonly onOpen: (path: string) => void) {
    this.element = el('nav', 'pane files');
    this.element.setAttribute('aria-label', 'Project files');
    this.list = el('div', 'tree');
    this.element.append(el('h2', 'pane-title', 'Files'), this.list);
  }

  update(files: FileEntry[]): void {
    const tree = buildTree(files);
    this.list.replaceChildren(this.renderFolder(tree, ''));
    if (files.length === 0) this.list.append(el('p', 'empty', 'No files.'));
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
      const li = el('li');
      li.append(button);
      ul.append(li);
    }
    return ul;
  }
}

export class FileViewer {
  readonly element: HTMLElement;
  private readonly title: HTMLElement;
  private readonly body: HTMLElement;
  path: string | undefined;

  constructor() {
    this.element = el('section', 'pane viewer');
    this.element.setAttribute('aria-label', 'File viewer');
    this.title = el('h2', 'pane-title');
    this.body = el('div', 'viewer-body');
    this.body.dataset.testid = 'file-viewer';
    this.element.append(this.title, this.body);
    this.empty('Select a file to see its content.');
  }

  show(path: string, content: string): void {
    this.path = path;
    this.title.replaceChildren(el('span', 'viewer-path', path), el('span', 'badge', 'read-only'));
    const code = el('pre', 'code');
    const lines = content.split('\n');
    if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    for (const text of lines) code.append(el('span', 'code-line', `${text}\n`));
    this.body.replaceChildren(code);
  }

  empty(message: string, path?: string): void {
    this.path = path;
    this.title.textContent = path ?? 'Viewer';
    this.body.replaceChildren(el('p', 'empty', message));
  }
}
