// The data view: browse any table (first 200 rows, filtered by a text in any column), edit a row in
// place (the grid is data-grid.ts; a save is an UPDATE keyed by the primary key or the rowid, made
// as any change is, after a time-travel snapshot), run SQL against the database, and seed sample
// rows into a table (so a data migration can be watched at work).
import type { SqlValue, Table } from './api';
import { type CellEdit, DataGrid } from './data-grid';
import { button, debounce, el } from './dom';
import { bind, message, t, type Label } from './i18n';
import { quoteIdent } from './seed';

export interface DataHost {
  query(sql: string, params?: SqlValue[]): Promise<{ columns: string[]; rows: SqlValue[][] }>;
  /** Inserts `count` sample rows; returns how many went in. */
  seed(table: string, count: number): Promise<number>;
  /** SQL ran that may have changed the database. */
  changed(label: string): Promise<void>;
  /** Runs one changing statement as a recorded change (a time-travel entry first); throws, changing nothing, when it fails. */
  change(sql: string, params: SqlValue[], label: Label): Promise<void>;
  describe(error: unknown): string;
}

const PAGE = 200;

/** The SQL box's first query: the demo's table (the guide's app). */
const DEFAULT_SQL = 'SELECT * FROM user_visits;';

/** The hidden first column of a browse that keys rows by rowid. */
const ROWID = '__revlab_rowid';

/** How a table's rows are told apart: its primary key, else the rowid (by one of its names a column does not hide). */
type RowKey = { columns: string[]; rowid?: undefined } | { columns: []; rowid: string } | { why: string };

export function rowKey(table: Table | undefined, name: string, isView: boolean): RowKey {
  if (isView || !table) return { why: t('grid.view', name) };
  const pk = table.columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
  if (pk.length) return { columns: pk };
  if (/\bWITHOUT\s+ROWID\b/i.test(table.sql)) return { why: t('grid.noKey', name) };
  const taken = new Set(table.columns.map((c) => c.name.toLowerCase()));
  const rowid = ['rowid', '_rowid_', 'oid'].find((alias) => !taken.has(alias));
  return rowid ? { columns: [], rowid } : { why: t('grid.noKey', name) };
}

/** `a LIKE ? OR b LIKE ? ...` over every column as text, with one parameter per column. */
function filterClause(columns: string[], text: string): { sql: string; params: string[] } {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return {
    sql: columns.map((c) => `CAST(${quoteIdent(c)} AS TEXT) LIKE ? ESCAPE '\\'`).join(' OR '),
    params: columns.map(() => pattern),
  };
}

export class DataView {
  readonly element: HTMLElement;
  private readonly picker: HTMLSelectElement;
  private readonly count: HTMLInputElement;
  private readonly filter: HTMLInputElement;
  private readonly rows: HTMLElement;
  private readonly info: HTMLElement;
  /** What the last edit did, or why a cell cannot be edited. */
  private readonly note: HTMLElement;
  private readonly sql: HTMLTextAreaElement;
  private readonly result: HTMLElement;
  private tables: Table[] = [];
  private views: string[] = [];
  /** Each table's filter text and column widths, kept while the page is open. */
  private readonly filters = new Map<string, string>();
  private readonly widths = new Map<string, Map<string, number>>();
  private readonly resultWidths = new Map<string, number>();
  /** The cell to focus when the grid is drawn again after a save. */
  private refocus: { table: string; row: number; col: number } | undefined;
  /** Browses answer in order: an older one that ends late draws nothing. */
  private browsing = 0;
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

    this.filter = el('input', 'input filter');
    this.filter.type = 'search';
    this.filter.dataset.testid = 'data-filter';
    bind(this.filter, 'data.filter', 'placeholder');
    bind(this.filter, 'data.filterLabel', 'aria-label');
    // The text is the table's at once (a browse in between uses it); the rows follow after a pause.
    const refilter = debounce(250, () => void this.browse(this.selected));
    this.filter.addEventListener('input', () => {
      if (this.selected) this.filters.set(this.selected, this.filter.value);
      refilter();
    });
    this.filter.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') refilter.flush();
    });

    this.info = el('div', 'data-info');
    this.info.dataset.testid = 'data-info';
    this.info.setAttribute('aria-live', 'polite');
    this.rows = el('div', 'data-rows');
    this.rows.dataset.testid = 'data-rows';
    this.note = el('p', 'grid-note');
    this.note.dataset.testid = 'grid-note';
    this.note.setAttribute('role', 'status');
    bind(this.note, 'data.editHint');

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

    this.element.append(bar, this.filter, this.info, this.rows, this.note, sqlBox);
  }

  /** New schema: keep the table list in step, and the shown rows fresh when visible. */
  async update(tables: Table[], visible: boolean): Promise<void> {
    this.tables = tables;
    if (!tables.length) this.views = [];
    else if (visible) {
      try {
        this.views = (await this.host.query("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name")).rows.map((row) => String(row[0]));
      } catch {
        this.views = [];
      }
    }
    const option = (name: string) => {
      const o = el('option', undefined, name);
      o.value = name;
      return o;
    };
    const names = tables.map((table) => table.name);
    const viewGroup = el('optgroup');
    viewGroup.label = t('data.views');
    viewGroup.append(...this.views.map(option));
    this.picker.replaceChildren(...names.map(option), ...(this.views.length ? [viewGroup] : []));
    const all = [...names, ...this.views];
    if (!this.selected || !all.includes(this.selected)) {
      this.selected = names.find((name) => name !== 'alembic_version') ?? all[0];
    }
    if (this.selected) this.picker.value = this.selected;
    if (visible) await this.browse(this.selected);
  }

  async browse(name: string | undefined): Promise<void> {
    const ticket = ++this.browsing;
    this.selected = name;
    if (!name) {
      this.info.textContent = t('data.noTables');
      this.filter.hidden = true;
      this.rows.replaceChildren();
      return;
    }
    this.picker.value = name;
    this.filter.hidden = false;
    const text = this.filters.get(name) ?? '';
    if (this.filter.value !== text) this.filter.value = text;
    const info = this.tables.find((table) => table.name === name);
    const key = rowKey(info, name, this.views.includes(name));
    try {
      const columns = info
        ? info.columns.map((c) => c.name)
        : (await this.host.query('SELECT name FROM pragma_table_info(?)', [name])).rows.map((row) => String(row[0]));
      const where = text && columns.length ? filterClause(columns, text) : undefined;
      const from = `FROM ${quoteIdent(name)}${where ? ` WHERE ${where.sql}` : ''}`;
      const params = where?.params ?? [];
      const keyed = 'rowid' in key && key.rowid ? `${key.rowid} AS ${quoteIdent(ROWID)}, ` : '';
      const [{ rows: [[total]] }, { rows: [[matched]] }, page] = await Promise.all([
        this.host.query(`SELECT count(*) FROM ${quoteIdent(name)}`),
        where ? this.host.query(`SELECT count(*) ${from}`, params) : Promise.resolve({ rows: [[null]] as SqlValue[][] }),
        this.host.query(`SELECT ${keyed}* ${from} LIMIT ${PAGE}`, params),
      ]);
      if (ticket !== this.browsing) return;
      const rowids = keyed ? page.rows.map((row) => row[0]) : [];
      const shownColumns = keyed ? page.columns.slice(1) : page.columns;
      const shownRows = keyed ? page.rows.map((row) => row.slice(1)) : page.rows;
      if (where) {
        const more = Number(matched) > page.rows.length ? t('data.firstShown', page.rows.length) : '';
        this.info.textContent = t('data.matching', Number(matched), Number(total), name, text) + more;
      } else this.info.textContent = t('data.showing', page.rows.length, Number(total), name);
      if (!page.rows.length) {
        this.rows.replaceChildren(el('p', 'empty', where ? t('data.noMatch', name, text) : t('data.emptyTable')));
        return;
      }
      let widths = this.widths.get(name);
      if (!widths) this.widths.set(name, (widths = new Map()));
      const focus = this.refocus?.table === name ? this.refocus : undefined;
      this.refocus = undefined;
      const grid = new DataGrid(shownColumns, shownRows, {
        label: name,
        widths,
        focus,
        say: (text, kind) => this.say(text, kind),
        readOnly: 'why' in key ? key.why : undefined,
        save: 'why' in key ? undefined : (edit) => this.save(name, key, shownRows[edit.row], shownColumns, rowids[edit.row], edit),
      });
      this.rows.replaceChildren(grid.element);
      if (focus) grid.focus();
    } catch (error) {
      if (ticket !== this.browsing) return;
      this.info.textContent = this.host.describe(error);
      this.rows.replaceChildren();
    }
  }

  private say(text: string, kind: 'ok' | 'error'): void {
    this.note.textContent = text;
    this.note.classList.toggle('error', kind === 'error');
  }

  /** One cell's UPDATE, keyed by the row's primary key (or rowid): exactly one row, or nothing. */
  private async save(table: string, key: RowKey, row: SqlValue[], columns: string[], rowid: SqlValue, edit: CellEdit): Promise<void> {
    if ('why' in key) throw new Error(key.why);
    const names = key.rowid ? [key.rowid] : key.columns;
    const values = key.rowid ? [rowid] : key.columns.map((c) => row[columns.indexOf(c)]);
    const where = names.map((c) => `${key.rowid ? c : quoteIdent(c)} IS ?`).join(' AND ');
    const described = names.map((c, i) => `${c}=${values[i] === null ? 'NULL' : String(values[i])}`).join(', ');
    const { rows: [[n]] } = await this.host.query(`SELECT count(*) FROM ${quoteIdent(table)} WHERE ${where}`, values);
    if (Number(n) !== 1) throw new Error(t(Number(n) === 0 ? 'grid.gone' : 'grid.ambiguous', table, described, Number(n)));
    this.refocus = { table, row: edit.row, col: columns.indexOf(edit.column) };
    try {
      await this.host.change(
        `UPDATE ${quoteIdent(table)} SET ${quoteIdent(edit.column)} = ? WHERE ${where}`,
        [edit.value, ...values],
        message('data.editLabel', `${table}.${edit.column}`, described),
      );
    } catch (error) {
      this.refocus = undefined;
      throw new Error(t('grid.failed', this.host.describe(error)));
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

  /** Another project is open: the SQL box, its result and the filters were the previous project's. */
  newProject(): void {
    this.sql.value = DEFAULT_SQL;
    this.result.replaceChildren();
    this.filters.clear();
    this.filter.value = '';
    bind(this.note, 'data.editHint');
    this.note.classList.remove('error');
  }

  private async runSql(): Promise<void> {
    const sql = this.sql.value.trim();
    if (!sql) return;
    try {
      const reply = await this.host.query(sql);
      const parts: HTMLElement[] = [];
      if (reply.columns.length) {
        parts.push(el('p', 'ok', t('data.rowsReturned', reply.rows.length)));
        parts.push(new DataGrid(reply.columns, reply.rows, {
          label: t('data.sqlLabel'),
          widths: this.resultWidths,
          readOnly: t('grid.resultReadOnly'),
          say: (text, kind) => this.say(text, kind),
        }).element);
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
