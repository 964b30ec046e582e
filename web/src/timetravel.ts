// The time-travel list: one entry per command (or SQL, import, reset ...) that changed the project,
// newest first, each holding the project as it was just before. Restoring one is itself undoable.
import { button, el } from './dom';
import { bind, labelText, t, type MessageKey } from './i18n';
import type { Entry } from './store';

function ago(time: number): string {
  const s = Math.max(0, Math.round((Date.now() - time) / 1000));
  if (s < 60) return t('time.seconds', s);
  if (s < 3600) return t('time.minutes', Math.round(s / 60));
  return new Date(time).toLocaleString();
}

export class TimeTravel {
  readonly element: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly noticeLine: HTMLElement;
  private entries: Entry[] = [];
  /** What the byte cap last did (kept as key + args so it follows the language toggle). */
  private notice: { key: MessageKey; args: (string | number)[] } | undefined;

  constructor(
    private readonly onRestore: (entry: Entry) => void,
    title: HTMLElement,
  ) {
    this.element = el('section', 'pane timetravel');
    bind(this.element, 'pane.timetravel', 'aria-label');
    this.element.dataset.testid = 'timetravel';
    this.list = el('ol', 'snapshots');
    const hint = bind(el('p', 'pane-hint'), 'snap.hint');
    this.noticeLine = el('p', 'pane-hint timetravel-notice');
    this.noticeLine.dataset.testid = 'timetravel-notice';
    this.noticeLine.setAttribute('role', 'status');
    this.noticeLine.hidden = true;
    this.element.append(title, hint, this.noticeLine, this.list);
    setInterval(() => this.render(), 30_000);
  }

  update(entries: Entry[]): void {
    this.entries = entries;
    this.render();
  }

  /** Tells the user that snapshots were dropped or not kept (the byte cap, see app.ts). */
  notify(key: MessageKey, ...args: (string | number)[]): void {
    this.notice = { key, args };
    this.render();
  }

  render(): void {
    this.noticeLine.hidden = !this.notice;
    this.noticeLine.textContent = this.notice ? t(this.notice.key, ...this.notice.args) : '';
    this.noticeLine.dataset.kind = this.notice?.key ?? '';
    const items = [...this.entries].reverse().map((entry, i) => {
      const li = el('li', 'snapshot');
      li.dataset.testid = `snapshot-${i}`;
      const label = el('div', 'snapshot-label');
      // The whole command: on hover or focus the line wraps instead of being cut off.
      const what = labelText(entry);
      const command = el('code', undefined, what);
      command.title = what;
      label.append(el('span', 'snapshot-before', t('snap.before')), command);
      const meta = el('div', 'snapshot-meta', ago(entry.time));
      const restore = button(t('snap.restore'), 'btn small ghost', () => this.onRestore(entry));
      restore.dataset.testid = `snapshot-restore-${i}`;
      const text = el('div', 'snapshot-text');
      text.append(label, meta);
      li.append(text, restore);
      return li;
    });
    this.list.replaceChildren(...items);
    if (items.length === 0) this.list.append(el('li', 'empty', t('snap.none')));
  }
}
