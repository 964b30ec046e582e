// The revision history from STATE: newest first, as `flask db history` lists it, with each
// revision's role (head, base, branch point, merge point) and where the database is (current).
import type { Revision, State } from './api';
import { el } from './dom';
import { t } from './i18n';

function badges(rev: Revision): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (rev.is_current) out.push(el('span', 'badge current', t('role.current')));
  if (rev.is_head) out.push(el('span', 'badge head', t('role.head')));
  if (rev.is_base) out.push(el('span', 'badge base', t('role.base')));
  if (rev.is_branch_point) out.push(el('span', 'badge branchpoint', t('role.branchpoint')));
  if (rev.is_merge_point) out.push(el('span', 'badge mergepoint', t('role.mergepoint')));
  for (const label of rev.branch_labels) out.push(el('span', 'badge label', `@${label}`));
  return out;
}

export class HistoryPane {
  readonly element: HTMLElement;
  private readonly list: HTMLOListElement;
  private state: State | undefined;

  constructor(private readonly onOpen: (path: string) => void) {
    this.element = el('section', 'history');
    this.element.setAttribute('aria-label', 'Revision history');
    this.element.dataset.testid = 'history';
    this.list = el('ol', 'revisions');
    this.title = el('h3', 'section-title');
    this.element.append(this.title, this.list);
  }

  private readonly title: HTMLElement;

  update(state: State): void {
    this.state = state;
    this.render();
  }

  render(): void {
    const state = this.state;
    if (!state) return;
    this.title.textContent = t('history.title');
    this.list.replaceChildren(...state.revisions.map((rev) => this.item(rev)));
    if (state.revisions.length === 0 && !state.error) this.list.append(el('li', 'revision empty', t('history.none')));
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
    id.title = t('history.open', rev.path);
    id.addEventListener('click', () => this.onOpen(rev.path));
    head.append(id, ...badges(rev));

    const parents = rev.down_revisions.length ? rev.down_revisions.join(', ') : '<base>';
    const meta = el('div', 'revision-meta', t('history.revises', parents));
    if (rev.depends_on.length) meta.textContent += ` · ${t('history.dependsOn', rev.depends_on.join(', '))}`;

    li.append(head, el('div', 'revision-message', rev.message || t('graph.noMessage')), meta);
    return li;
  }
}
