// The data view: browse any table (first 200 rows), run SQL against the database, and seed sample
// rows into a table (so a data migration can be watched at work).
import type { SqlValue, Table } from './api';
import { button, el } from './dom';
import { bind, t } from './i18n';
import { quoteIdent } from './seed';

export interface DataHost {
  query(sql: string): Promise<{ columns: string[]; rows: SqlValue[][] }>;
  /** Inserts `count` sample rows; returns how many went in. */
  seed(table: string, count: number): Promise<number>;
  /** SQL ran that may have changed the database. */
  changed(label: string): Promise<void>;
  describe(error: unknown): string;
}

const PAGE = 200;

/** The SQL box's first query: the demo's table (the guide's app). */
const DEFAULT_SQL = 'SELECT * FROM user_visits;';

function grid(columns: string[], rows: SqlValue[][]): HTMLElement {
  const wrap = el('div', 'grid-wrap');
  const table = el('table', 'grid');
  const head = el('tr');
  for (const c of columns) head.append(el('th', undefined, c));
  const thead = el('thead');
  thead.append(head);
  const body = el('tbody');
  for (const row of rows) {
    const tr = el('tr');
    for (const cell of row) tr.append(cell === null ? el('td', 'null', 'NULL') : el('td', typeof cell === 'number' ? 'num' : undefined, String(cell)));
    body.append(tr);
  }
  table.append(thead, body);
  wrap.append(table);
  return wrap;
}

export class DataView {
  readonly element: HTMLElement;
  private readonly picker: HTMLSelectElement;
  private readonly count: HTMLInputElement;
  private readonly rows: HTMLElement;
  private readonly info: HTMLElement;
  private readonly sql: HTMLTextAreaElement;
  private readonly result: HTMLElement;
  private tables: Table[] = [];
  selected: string | undefined;

  constructor(private readonly host: DataHost) {
    this.element = el('section', 'data');
    this.element.dataset.testid = 'data';

    const bar = el('div', 'data-bar');
    this.picker = el('select', 'select');
    this.picker.dataset.testid = 'data-table';
    bind(this.picker, 'data.pickTable', 'aria-label');
    this.picker.addEventListener('change', () => void this.browse(this.picker.value));
    this.count = el('input', 'input count');
    this.count.type = 'number';
    this.count.min = '1';
    this.count.max = '500';
    this.count.value = '5';
    this.count.dataset.testid = 'seed-count';
    bind(this.count, 'data.seedCount', 'aria-label');
    const seed = bind(button('', 'btn', () => void this.seed()), 'data.seed');
    seed.dataset.testid = 'seed-rows';
    const refresh = bind(button('', 'btn ghost', () => void this.browse(this.selected)), 'data.refresh');
    bar.append(this.picker, refresh, el('span', 'spacer'), this.count, seed);

    this.info = el('div', 'data-info');
    this.info.dataset.testid = 'data-info';
    this.rows = el('div', 'data-rows');
    this.rows.dataset.testid = 'data-rows';

    const sqlBox = el('div', 'sql-box');
    const label = bind(el('label', 'sql-label'), 'data.sqlLabel');
    this.sql = el('textarea', 'sql-input');
    this.sql.id = 'sql-input';
    label.htmlFor = this.sql.id;
    this.sql.dataset.testid = 'sql-input';
    this.sql.spellcheck = false;
    this.sql.rows = 3;
    this.sql.value = DEFAULT_SQL;
    this.sql.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void this.runSql();
      }
    });
    const run = bind(button('', 'btn primary', () => void this.runSql()), 'data.runSql');
    run.dataset.testid = 'sql-run';
    const runRow = el('div', 'sql-actions');
    runRow.append(bind(el('span', 'hint'), 'data.sqlHint'), run);
    this.result = el('div', 'sql-result');
    this.result.dataset.testid = 'sql-result';
    sqlBox.append(label, this.sql, runRow, this.result);

    this.element.append(bar, this.info, this.rows, sqlBox);
  }

  /** New schema: keep the table list in step, and the shown rows fresh when visible. */
  async update(tables: Table[], visible: boolean): Promise<void> {
    this.tables = tables;
    const names = tables.map((table) => table.name);
    this.picker.replaceChildren(...names.map((name) => {
      const option = el('option', undefined, name);
      option.value = name;
      return option;
    }));
    if (!this.selected || !names.includes(this.selected)) {
      this.selected = names.find((name) => name !== 'alembic_version') ?? names[0];
    }
    if (this.selected) this.picker.value = this.selected;
    if (visible) await this.browse(this.selected);
  }

  async browse(name: string | undefined): Promise<void> {
    this.selected = name;
    if (!name) {
      this.info.textContent = t('data.noTables');
      this.rows.replaceChildren();
      return;
    }
    this.picker.value = name;
    try {
      const [{ rows: [[total]] }, page] = await Promise.all([
        this.host.query(`SELECT count(*) FROM ${quoteIdent(name)}`),
        this.host.query(`SELECT * FROM ${quoteIdent(name)} LIMIT ${PAGE}`),
      ]);
      this.info.textContent = t('data.showing', page.rows.length, Number(total), name);
      this.rows.replaceChildren(page.rows.length ? grid(page.columns, page.rows) : el('p', 'empty', t('data.emptyTable')));
    } catch (error) {
      this.info.textContent = this.host.describe(error);
      this.rows.replaceChildren();
    }
  }

  private async seed(): Promise<void> {
    if (!this.selected) return;
    const count = Math.min(Math.max(Number(this.count.value) || 5, 1), 500);
    try {
      const n = await this.host.seed(this.selected, count);
      this.result.replaceChildren(el('p', 'ok', t('data.seeded', n, this.selected)));
    } catch (error) {
      this.result.replaceChildren(el('p', 'error', this.host.describe(error)));
    }
  }

  /** Another project is open: the SQL box and its result were the previous project's. */
  newProject(): void {
    this.sql.value = DEFAULT_SQL;
    this.result.replaceChildren();
  }

  private async runSql(): Promise<void> {
    const sql = this.sql.value.trim();
    if (!sql) return;
    try {
      const reply = await this.host.query(sql);
      const parts: HTMLElement[] = [];
      if (reply.columns.length) {
        parts.push(el('p', 'ok', t('data.rowsReturned', reply.rows.length)));
        parts.push(grid(reply.columns, reply.rows));
      } else parts.push(el('p', 'ok', t('data.sqlDone')));
      this.result.replaceChildren(...parts);
      if (!/^\s*(SELECT|PRAGMA|EXPLAIN|WITH\s[\s\S]*\bSELECT)\b/i.test(sql) || /\b(INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|REPLACE)\b/i.test(sql)) {
        await this.host.changed(`SQL: ${sql.length > 60 ? `${sql.slice(0, 57)}…` : sql}`);
      }
    } catch (error) {
      this.result.replaceChildren(el('p', 'error', this.host.describe(error)));
    }
  }

  get tableNames(): string[] {
    return this.tables.map((table) => table.name);
  }
}
