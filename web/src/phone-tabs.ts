// At phone width the panes sit behind tabs (Files, Editor, Console, Views, Time travel): one shows
// at a time, under a row of tabs that stays at the top. style.css does the showing, under
// `@media (max-width: 700px)`; wider, the row is hidden and every pane shows, as before. The row is
// a tablist: ←/→, Home and End move between the tabs.
import { button, el } from './dom';
import { bind, type MessageKey } from './i18n';

export type PhonePane = 'files' | 'editor' | 'console' | 'views' | 'history';

export class PhoneTabs {
  readonly element: HTMLElement;
  private readonly tabs = new Map<PhonePane, HTMLButtonElement>();
  private readonly panes = new Map<PhonePane, HTMLElement[]>();
  private shown: PhonePane;

  /** `panes`: each tab's name, its label and the elements it shows (the first gets the tab's aria-controls). */
  constructor(panes: [PhonePane, MessageKey, HTMLElement[]][], initial: PhonePane) {
    this.element = el('div', 'phone-tabs');
    this.element.setAttribute('role', 'tablist');
    bind(this.element, 'phone.tabs', 'aria-label');
    this.element.dataset.testid = 'phone-tabs';
    for (const [name, key, elements] of panes) {
      const tab = bind(button('', 'phone-tab', () => this.show(name)), key);
      tab.setAttribute('role', 'tab');
      tab.dataset.testid = `phone-tab-${name}`;
      const first = elements[0];
      first.id ||= `pane-${name}`;
      tab.setAttribute('aria-controls', first.id);
      for (const pane of elements) pane.dataset.phonePane = name;
      this.tabs.set(name, tab);
      this.panes.set(name, elements);
      this.element.append(tab);
    }
    this.element.addEventListener('keydown', (event) => this.onKey(event));
    this.shown = initial;
    this.show(initial);
  }

  /** Shows a pane (at phone width; wider, every pane shows anyway). */
  show(name: PhonePane): void {
    this.shown = name;
    for (const [pane, tab] of this.tabs) {
      const on = pane === name;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      tab.classList.toggle('active', on);
      for (const element of this.panes.get(pane)!) element.classList.toggle('phone-shown', on);
    }
  }

  get current(): PhonePane {
    return this.shown;
  }

  private onKey(event: KeyboardEvent): void {
    const names = [...this.tabs.keys()];
    const at = names.indexOf(this.shown);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: names.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const name = names[(to + names.length) % names.length];
    this.show(name);
    this.tabs.get(name)!.focus();
  }
}
