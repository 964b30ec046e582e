// The revision history from STATE: newest first, as `flask db history` lists it, with each
// revision's role (head, base, branch point, merge point) and where the database is (current).
import type { Revision, State } from './api';
import { button, el } from './dom';
import { bind, t } from './i18n';

/** Revisions listed at first (and added by each "Show more"): a long history renders in pieces. */
const PAGE = 100;

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
  private shown = PAGE;

  constructor(private readonly onOpen: (path: string) => void) {
    this.element = el('section', 'history');
    bind(this.element, 'history.title', 'aria-label');
    this.element.dataset.testid = 'history';
    this.list = el('ol', 'revisions');
    this.title = el('h3', 'section-title');
    this.element.append(this.title, this.list);
  }

  private readonly title: HTMLElement;

  update(state: State): void {
    // The client hands over the same revisions array when nothing in them changed.
    const same = this.state?.revisions === state.revisions && this.state.error === state.error;
    this.state = state;
    if (!same) this.render();
  }

  render(): void {
    const state = this.state;
    if (!state) return;
    this.title.textContent = t('history.title');
    const revisions = state.revisions;
    this.list.replaceChildren(...revisions.slice(0, this.shown).map((rev) => this.item(rev)));
    if (revisions.length > this.shown) {
      const rest = revisions.length - this.shown;
      const more = button(t('history.more', Math.min(PAGE * 5, rest), rest), 'btn small ghost', () => {
        this.shown += PAGE * 5;
        this.render();
      });
      more.dataset.testid = 'history-more';
      const li = el('li', 'revision more');
      li.append(more);
      this.list.append(li);
    }
    if (revisions.length === 0 && !state.error) this.list.append(el('li', 'revision empty', t('history.none')));
  }

  private item(rev: Revision): HTMLElement {
    const li = el('li', 'revision');
    li.dataset.testid = `history-rev-${rev.id}`;
    li.classList.toggle('is-current', rev.is_current);
    li.classList.toggle('is-head', rev.is_head);
    li.classList.toggle('is-base', rev.is_base);
    li.classList.toggle('is-broken', rev.broken === true);

    const head = el('div', 'revision-head');
    const id = el('button', 'revision-id', rev.id);
    id.type = 'button';
    id.title = t('history.open', rev.path);
    id.addEventListener('click', () => this.onOpen(rev.path));
    id.disabled = !rev.path; // a stand-in for a revision no file holds
    head.append(id, ...badges(rev));

    const parents = rev.down_revisions.length ? rev.down_revisions.join(', ') : '<base>';
    const meta = el('div', 'revision-meta', t('history.revises', parents));
    if (rev.depends_on.length) meta.textContent += ` · ${t('history.dependsOn', rev.depends_on.join(', '))}`;

    const message = rev.broken ? `${t('graph.broken')}: ${rev.error ?? ''}` : rev.message || t('graph.noMessage');
    li.append(head, el('div', 'revision-message', message), meta);
    return li;
  }
}
