// The revision history from STATE: newest first, as `flask db history` lists it, with each
// revision's role (head, base, branch point, merge point) and where the database is (current).
import type { Revision, State } from './api';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function badges(rev: Revision): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (rev.is_current) out.push(el('span', 'badge current', 'current'));
  if (rev.is_head) out.push(el('span', 'badge head', 'head'));
  if (rev.is_base) out.push(el('span', 'badge base', 'base'));
  if (rev.is_branch_point) out.push(el('span', 'badge branchpoint', 'branchpoint'));
  if (rev.is_merge_point) out.push(el('span', 'badge mergepoint', 'mergepoint'));
  for (const label of rev.branch_labels) out.push(el('span', 'badge label', `@${label}`));
  return out;
}

export class HistoryPane {
  readonly element: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly list: HTMLOListElement;

  constructor(private readonly onOpen: (path: string) => void) {
    this.element = el('section', 'pane history');
    this.element.setAttribute('aria-label', 'Revision history');
    this.element.dataset.testid = 'history';
    this.summary = el('div', 'history-summary');
    this.list = el('ol', 'revisions');
    this.element.append(el('h2', 'pane-title', 'History'), this.summary, this.list);
  }

  update(state: State): void {
    this.summary.replaceChildren(
      this.fact('current', state.current.length ? state.current.join(', ') : 'base (no revision applied)'),
      this.fact('heads', state.heads.length ? state.heads.join(', ') : '—'),
    );
    if (state.error) {
      const box = el('div', 'history-error');
      box.setAttribute('role', 'alert');
      const where = state.where;
      if (where) {
        const place = [where.file, where.line, where.column].filter((part) => part !== undefined).join(':');
        box.append(el('div', 'where', place));
      }
      box.append(el('div', undefined, state.error));
      this.summary.append(box);
    }
    this.list.replaceChildren(...state.revisions.map((rev) => this.item(rev)));
    if (state.revisions.length === 0) {
      this.list.append(el('li', 'revision empty', 'No revisions yet: try flask db migrate -m "initial migration".'));
    }
  }

  private fact(name: string, value: string): HTMLElement {
    const row = el('div', 'fact');
    row.append(el('span', 'fact-name', name), el('span', 'fact-value', value));
    return row;
  }

  private item(rev: Revision): HTMLElement {
    const li = el('li', 'revision');
    li.dataset.testid = `history-rev-${rev.id}`;
    li.classList.toggle('is-current', rev.is_current);
    li.classList.toggle('is-head', rev.is_head);
    li.classList.toggle('is-base', rev.is_base);

    const head = el('div', 'revision-head');
    const id = el('button', 'revision-id', rev.id);
    id.type = 'button';
    id.title = `Open ${rev.path}`;
    id.addEventListener('click', () => this.onOpen(rev.path));
    head.append(id, ...badges(rev));

    const parents = rev.down_revisions.length ? rev.down_revisions.join(', ') : '<base>';
    const meta = el('div', 'revision-meta', `revises ${parents}`);
    if (rev.depends_on.length) meta.textContent += ` · depends on ${rev.depends_on.join(', ')}`;

    li.append(head, el('div', 'revision-message', rev.message || '(no message)'), meta);
    return li;
  }
}
