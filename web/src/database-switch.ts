// Which database the schema and data panes show, for a project with several (SQLALCHEMY_BINDS,
// `flask db init --multidb`): the app's own app.db, or one bind's <key>.db. Hidden while the
// project has one database. Each pane gets its own switch; the page keeps them showing one choice.
import type { BindDatabase } from './api';
import { el } from './dom';
import { bind } from './i18n';

export class DatabaseSwitch {
  readonly element: HTMLElement;
  private readonly select: HTMLSelectElement;

  constructor(onChange: (key: string) => void) {
    this.element = el('label', 'db-switch');
    this.element.dataset.testid = 'db-switch';
    this.element.hidden = true;
    this.select = el('select');
    this.select.addEventListener('change', () => onChange(this.select.value));
    this.element.append(bind(el('span'), 'db.switch'), this.select);
  }

  /** The databases there are now, and the one shown (a key, "" for app.db). */
  update(databases: BindDatabase[], shown: string): void {
    this.element.hidden = databases.length === 0;
    const options = [{ key: '', name: 'app.db' }, ...databases];
    const same =
      this.select.options.length === options.length &&
      options.every((d, i) => this.select.options[i].value === d.key && this.select.options[i].text === d.name);
    if (!same) {
      this.select.replaceChildren(
        ...options.map((d) => {
          const option = el('option');
          option.value = d.key;
          option.text = d.name;
          return option;
        }),
      );
    }
    this.select.value = shown;
  }
}
