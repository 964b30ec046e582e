// The schema view: every table with its columns (type, nullability, default, primary key),
// indexes and foreign keys, from `{"cmd":"schema"}`. The changes of the last command that changed
// the schema are highlighted (tables, columns and indexes added, dropped or altered).
import type { Column, Table } from './api';
import { el } from './dom';
import { bind, t } from './i18n';

export interface TableDiff {
  added: boolean;
  dropped: boolean;
  columnsAdded: Set<string>;
  columnsDropped: Column[];
  columnsChanged: Map<string, string[]>; // column -> what changed
  indexesAdded: Set<string>;
  indexesDropped: string[];
}

export type SchemaDiff = Map<string, TableDiff>;

function emptyDiff(): TableDiff {
  return { added: false, dropped: false, columnsAdded: new Set(), columnsDropped: [], columnsChanged: new Map(), indexesAdded: new Set(), indexesDropped: [] };
}

function changed(d: TableDiff): boolean {
  return d.added || d.dropped || d.columnsAdded.size > 0 || d.columnsDropped.length > 0 || d.columnsChanged.size > 0 ||
    d.indexesAdded.size > 0 || d.indexesDropped.length > 0;
}

/** What differs between two schemas, table by table (only tables with a change). */
export function diffSchemas(before: Table[], after: Table[]): SchemaDiff {
  const diff: SchemaDiff = new Map();
  const old = new Map(before.map((table) => [table.name, table]));
  const now = new Map(after.map((table) => [table.name, table]));
  for (const table of after) {
    const d = emptyDiff();
    const prev = old.get(table.name);
    if (!prev) d.added = true;
    else {
      const prevCols = new Map(prev.columns.map((c) => [c.name, c]));
      const cols = new Map(table.columns.map((c) => [c.name, c]));
      for (const col of table.columns) {
        const was = prevCols.get(col.name);
        if (!was) d.columnsAdded.add(col.name);
        else {
          const what: string[] = [];
          if (was.type !== col.type) what.push(`type ${was.type} → ${col.type}`);
          if (was.notnull !== col.notnull) what.push(col.notnull ? 'NULL → NOT NULL' : 'NOT NULL → NULL');
          if ((was.default ?? null) !== (col.default ?? null)) what.push(`default ${was.default ?? '—'} → ${col.default ?? '—'}`);
          if (was.pk !== col.pk) what.push('primary key');
          if (what.length) d.columnsChanged.set(col.name, what);
        }
      }
      for (const col of prev.columns) if (!cols.has(col.name)) d.columnsDropped.push(col);
      const prevIdx = new Map(prev.indexes.map((i) => [i.name, i]));
      const idx = new Set(table.indexes.map((i) => i.name));
      for (const index of table.indexes) {
        const was = prevIdx.get(index.name);
        if (!was || was.unique !== index.unique || was.columns.join() !== index.columns.join()) d.indexesAdded.add(index.name);
      }
      for (const index of prev.indexes) if (!idx.has(index.name)) d.indexesDropped.push(index.name);
    }
    if (changed(d)) diff.set(table.name, d);
  }
  for (const table of before) {
    if (now.has(table.name)) continue;
    const d = emptyDiff();
    d.dropped = true;
    diff.set(table.name, d);
  }
  return diff;
}

/** One line per change, for the summary above the tables. */
export function describeDiff(diff: SchemaDiff): string[] {
  const lines: string[] = [];
  for (const [name, d] of diff) {
    if (d.added) lines.push(`+ ${t('schema.table')} ${name}`);
    if (d.dropped) lines.push(`− ${t('schema.table')} ${name}`);
    for (const col of d.columnsAdded) lines.push(`+ ${name}.${col}`);
    for (const col of d.columnsDropped) lines.push(`− ${name}.${col.name}`);
    for (const [col, what] of d.columnsChanged) lines.push(`~ ${name}.${col}: ${what.join(', ')}`);
    for (const index of d.indexesAdded) lines.push(`+ ${t('schema.index')} ${index}`);
    for (const index of d.indexesDropped) lines.push(`− ${t('schema.index')} ${index}`);
  }
  return lines;
}

export class SchemaView {
  readonly element: HTMLElement;
  private readonly changes: HTMLElement;
  private readonly list: HTMLElement;
  private tables: Table[] = [];
  private previous: Table[] | undefined;
  private diff: SchemaDiff = new Map();
  private dropped = new Map<string, Table>();
  private exists = false;

  constructor(private readonly onBrowse: (table: string) => void) {
    this.element = el('section', 'schema');
    this.element.dataset.testid = 'schema';
    this.changes = el('div', 'schema-changes');
    this.changes.dataset.testid = 'schema-changes';
    this.list = el('div', 'schema-tables');
    this.element.append(this.changes, this.list);
  }

  /**
   * New tables from the core. `step` says they follow a command: then the difference to the
   * tables before it becomes the highlighted "last step".
   */
  update(tables: Table[], step: boolean, databaseExists = tables.length > 0): void {
    if (step && this.previous) {
      const diff = diffSchemas(this.previous, tables);
      if (diff.size > 0) {
        this.diff = diff;
        this.dropped = new Map(this.previous.filter((table) => diff.get(table.name)?.dropped).map((table) => [table.name, table]));
      }
    }
    this.previous = tables;
    this.tables = tables;
    this.exists = databaseExists;
    this.render();
  }

  /** Forget the highlighted step (e.g. after restoring a snapshot). */
  clearDiff(): void {
    this.diff = new Map();
    this.dropped = new Map();
  }

  render(): void {
    const lines = describeDiff(this.diff);
    this.changes.replaceChildren();
    if (lines.length) {
      this.changes.append(bind(el('div', 'changes-title'), 'schema.lastStep'));
      const ul = el('ul');
      for (const line of lines) ul.append(el('li', line[0] === '+' ? 'plus' : line[0] === '−' ? 'minus' : 'tilde', line));
      this.changes.append(ul);
    }
    this.changes.hidden = lines.length === 0;
    this.list.replaceChildren();
    if (this.tables.length === 0) {
      this.list.append(el('p', 'empty', t(this.exists ? 'schema.noTables' : 'schema.noDatabase')));
    }
    for (const table of this.tables) this.list.append(this.card(table, this.diff.get(table.name)));
    for (const [name, table] of this.dropped) if (!this.tables.some((tb) => tb.name === name)) this.list.append(this.card(table, this.diff.get(name)));
  }

  private card(table: Table, diff: TableDiff | undefined): HTMLElement {
    const card = el('article', 'table-card');
    card.dataset.testid = `schema-table-${table.name}`;
    if (table.name === 'alembic_version') card.classList.add('bookkeeping');
    if (diff?.added) card.classList.add('added');
    if (diff?.dropped) card.classList.add('dropped');
    if (diff && !diff.added && !diff.dropped) card.classList.add('changed');

    const head = el('header', 'table-head');
    const name = el('h3', 'table-name', table.name);
    head.append(name);
    if (diff?.added) head.append(el('span', 'badge added', t('schema.new')));
    if (diff?.dropped) head.append(el('span', 'badge dropped', t('schema.droppedBadge')));
    if (!diff?.dropped) {
      head.append(el('span', 'row-count', t(table.row_count === 1 ? 'schema.row' : 'schema.rows', table.row_count)));
      const browse = el('button', 'link', t('schema.browse'));
      browse.type = 'button';
      browse.addEventListener('click', () => this.onBrowse(table.name));
      head.append(browse);
    }
    card.append(head);

    const grid = el('table', 'columns');
    const thead = el('thead');
    const hr = el('tr');
    for (const key of ['schema.column', 'schema.type', 'schema.null', 'schema.default'] as const) hr.append(el('th', undefined, t(key)));
    thead.append(hr);
    const body = el('tbody');
    for (const col of table.columns) {
      const tr = el('tr');
      tr.dataset.column = col.name;
      if (diff?.columnsAdded.has(col.name)) tr.classList.add('added');
      const change = diff?.columnsChanged.get(col.name);
      if (change) {
        tr.classList.add('changed');
        tr.title = change.join('; ');
      }
      const nameCell = el('td', 'col-name', col.name);
      if (col.pk) nameCell.append(el('span', 'pk', 'PK'));
      tr.append(nameCell, el('td', 'col-type', col.type || '—'), el('td', col.notnull ? 'notnull' : 'nullable', col.notnull ? 'NOT NULL' : 'NULL'),
        el('td', 'col-default', col.default ?? ''));
      body.append(tr);
    }
    for (const col of diff?.columnsDropped ?? []) {
      const tr = el('tr', 'dropped');
      tr.dataset.column = col.name;
      tr.append(el('td', 'col-name', col.name), el('td', 'col-type', col.type), el('td', undefined, col.notnull ? 'NOT NULL' : 'NULL'), el('td', 'col-default', t('schema.droppedBadge')));
      body.append(tr);
    }
    grid.append(thead, body);
    card.append(grid);

    const extras = el('ul', 'table-extras');
    for (const index of table.indexes) {
      if (index.name.startsWith('sqlite_autoindex')) continue;
      const li = el('li', diff?.indexesAdded.has(index.name) ? 'added' : undefined);
      li.append(el('span', 'kind', index.unique ? t('schema.uniqueIndex') : t('schema.index')), el('span', 'mono', `${index.name} (${index.columns.join(', ')})`));
      extras.append(li);
    }
    for (const name of diff?.indexesDropped ?? []) {
      const li = el('li', 'dropped');
      li.append(el('span', 'kind', t('schema.index')), el('span', 'mono', name));
      extras.append(li);
    }
    for (const fk of table.foreign_keys) {
      const li = el('li');
      li.append(el('span', 'kind', 'FK'), el('span', 'mono', `${fk.columns.join(', ')} → ${fk.table}(${fk.references.join(', ')})`));
      extras.append(li);
    }
    if (extras.childElementCount) card.append(extras);
    return card;
  }
}
