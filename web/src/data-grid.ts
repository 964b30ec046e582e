// A table of rows, as Prisma Studio and Drizzle Studio show one: columns keep the width they are
// given (drag a header's edge, or focus it and press ←/→) and the grid scrolls sideways instead of
// squeezing them; the cells are one Tab stop (arrow keys move between them); and, when the owner
// says how, a cell is edited in place: a double-click, Enter or F2 opens it, Enter or leaving saves,
// Esc cancels. The grid only draws and reports; what a save does is the owner's.
import type { SqlValue } from './api';
import { el } from './dom';
import { t } from './i18n';

/** One edited cell: the row as it was shown, the column, and the new value. */
export interface CellEdit {
  row: number;
  column: string;
  before: SqlValue;
  value: SqlValue;
}

export interface GridOptions {
  /** Widths chosen for this grid's columns so far (kept by the owner, e.g. per table). */
  widths?: Map<string, number>;
  /** Present when cells may be edited: saves one cell, or throws an Error with the reason. */
  save?: (edit: CellEdit) => Promise<void>;
  /** Why no cell may be edited, shown when one is opened (a view, a table without a key). */
  readOnly?: string;
  /** A name for the grid (its table's). */
  label: string;
  /** Says what an edit did (or why it did not happen). */
  say?: (text: string, kind: 'ok' | 'error') => void;
  /** The cell to hold the Tab stop, and take focus (after a save redrew the grid). */
  focus?: { row: number; col: number };
}

const MIN_WIDTH = 48;
const MAX_WIDTH = 1200;
const STEP = 16;

/** What "NULL" typed alone into a cell means: the SQL NULL (any other text is the text). */
export const NULL_TEXT = 'NULL';

function shown(value: SqlValue): string {
  return value === null ? NULL_TEXT : String(value);
}

/** A width that fits a column's name and its first values, in px (monospace 12px is ~7.3 px a character). */
function naturalWidth(name: string, rows: SqlValue[][], index: number): number {
  let chars = name.length + 2;
  for (let i = 0; i < Math.min(rows.length, 50); i++) chars = Math.max(chars, shown(rows[i][index]).length);
  return Math.min(Math.max(Math.round(chars * 7.3 + 22), MIN_WIDTH + 24), 320);
}

/** A value from what was typed: "NULL" is NULL, a number stays a number where the old one was one. */
export function typedValue(text: string, before: SqlValue): SqlValue {
  if (text === NULL_TEXT) return null;
  if (typeof before === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  return text;
}

export class DataGrid {
  readonly element: HTMLElement;
  private readonly table: HTMLTableElement;
  private readonly cols: HTMLTableColElement[] = [];
  private readonly widths: Map<string, number>;
  /** The cell that holds the grid's Tab stop. */
  private current: HTMLTableCellElement | undefined;
  private editing: { cell: HTMLTableCellElement; input: HTMLInputElement; done: boolean } | undefined;

  constructor(private readonly columns: string[], private readonly rows: SqlValue[][], private readonly options: GridOptions) {
    this.widths = options.widths ?? new Map();
    this.element = el('div', 'grid-wrap');
    this.table = el('table', 'grid');
    this.table.setAttribute('role', 'grid');
    this.table.setAttribute('aria-label', options.label);
    this.table.setAttribute('aria-rowcount', String(rows.length + 1));
    if (!options.save) this.table.setAttribute('aria-readonly', 'true');
    const colgroup = el('colgroup');
    const head = el('tr');
    columns.forEach((name, index) => {
      const col = el('col');
      const width = this.widths.get(name) ?? naturalWidth(name, rows, index);
      col.style.width = `${width}px`;
      this.cols.push(col);
      colgroup.append(col);
      const th = el('th');
      th.setAttribute('scope', 'col');
      th.append(el('span', 'col-name', name), this.handle(name, index, width));
      head.append(th);
    });
    const thead = el('thead');
    thead.append(head);
    const body = el('tbody');
    rows.forEach((row, r) => {
      const tr = el('tr');
      row.forEach((value, c) => {
        const td = el('td');
        this.fill(td, value);
        td.tabIndex = -1;
        td.dataset.row = String(r);
        td.dataset.col = String(c);
        tr.append(td);
      });
      body.append(tr);
    });
    this.table.append(colgroup, thead, body);
    this.fitTable();
    this.element.append(this.table);
    const wanted = options.focus && this.cellAt(options.focus.row, options.focus.col);
    const first = wanted || body.querySelector('td');
    if (first) this.focusable(first as HTMLTableCellElement);
    body.addEventListener('keydown', (event) => this.onKey(event));
    body.addEventListener('dblclick', (event) => {
      const cell = (event.target as Element).closest('td');
      if (cell && !this.editing) this.open(cell);
    });
    body.addEventListener('click', (event) => {
      const cell = (event.target as Element).closest('td');
      if (cell && !this.editing) this.focusable(cell);
    });
  }

  /** Focuses the cell that holds the Tab stop (once the grid is in the page). */
  focus(): void {
    this.current?.focus();
  }

  private fill(td: HTMLTableCellElement, value: SqlValue): void {
    td.className = value === null ? 'null' : typeof value === 'number' ? 'num' : '';
    td.textContent = shown(value);
    td.title = value === null ? '' : String(value);
  }

  private fitTable(): void {
    const total = this.cols.reduce((sum, col) => sum + parseFloat(col.style.width), 0);
    this.table.style.width = `${total}px`;
  }

  private setWidth(index: number, width: number): number {
    const w = Math.round(Math.min(Math.max(width, MIN_WIDTH), MAX_WIDTH));
    this.cols[index].style.width = `${w}px`;
    this.widths.set(this.columns[index], w);
    this.fitTable();
    return w;
  }

  /** A header's right edge: drag it, or focus it and press ←/→ (Shift: larger steps, Home: fit). */
  private handle(name: string, index: number, width: number): HTMLElement {
    const grip = el('span', 'col-resize');
    grip.tabIndex = 0;
    grip.setAttribute('role', 'separator');
    grip.setAttribute('aria-orientation', 'vertical');
    grip.setAttribute('aria-label', t('grid.resize', name));
    grip.setAttribute('aria-valuemin', String(MIN_WIDTH));
    grip.setAttribute('aria-valuemax', String(MAX_WIDTH));
    grip.setAttribute('aria-valuenow', String(width));
    grip.title = t('grid.resizeTitle');
    grip.dataset.testid = `col-resize-${name}`;
    const set = (w: number) => grip.setAttribute('aria-valuenow', String(this.setWidth(index, w)));
    grip.addEventListener('keydown', (event) => {
      const now = parseFloat(this.cols[index].style.width);
      const step = event.shiftKey ? STEP * 4 : STEP;
      if (event.key === 'ArrowRight') set(now + step);
      else if (event.key === 'ArrowLeft') set(now - step);
      else if (event.key === 'Home') set(naturalWidth(name, this.rows, index));
      else return;
      event.preventDefault();
    });
    grip.addEventListener('pointerdown', (event) => {
      event.preventDefault();
      const startX = event.clientX;
      const startWidth = parseFloat(this.cols[index].style.width);
      grip.setPointerCapture(event.pointerId);
      grip.classList.add('dragging');
      const move = (e: PointerEvent) => set(startWidth + e.clientX - startX);
      const up = () => {
        grip.classList.remove('dragging');
        grip.removeEventListener('pointermove', move);
        grip.removeEventListener('pointerup', up);
        grip.removeEventListener('pointercancel', up);
      };
      grip.addEventListener('pointermove', move);
      grip.addEventListener('pointerup', up);
      grip.addEventListener('pointercancel', up);
    });
    return grip;
  }

  private focusable(cell: HTMLTableCellElement): void {
    if (this.current && this.current !== cell) this.current.tabIndex = -1;
    cell.tabIndex = 0;
    this.current = cell;
  }

  private cellAt(row: number, col: number): HTMLTableCellElement | undefined {
    const tr = this.table.tBodies[0]?.rows[row];
    return tr?.cells[col];
  }

  private onKey(event: KeyboardEvent): void {
    if (this.editing) return;
    const cell = (event.target as Element).closest('td');
    if (!cell) return;
    const row = Number(cell.dataset.row);
    const col = Number(cell.dataset.col);
    const moves: Record<string, [number, number]> = {
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      ArrowLeft: [row, col - 1],
      ArrowRight: [row, col + 1],
      Home: [row, 0],
      End: [row, this.columns.length - 1],
      PageUp: [Math.max(row - 10, 0), col],
      PageDown: [Math.min(row + 10, this.rows.length - 1), col],
    };
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      this.open(cell);
      return;
    }
    const to = moves[event.key];
    if (!to) return;
    event.preventDefault();
    const next = this.cellAt(to[0], to[1]);
    if (next) {
      this.focusable(next);
      next.focus();
    }
  }

  private say(text: string, kind: 'ok' | 'error'): void {
    this.options.say?.(text, kind);
  }

  /** Opens a cell for editing (or says why it cannot be). */
  private open(cell: HTMLTableCellElement): void {
    this.focusable(cell);
    const row = Number(cell.dataset.row);
    const col = Number(cell.dataset.col);
    if (!this.options.save) {
      this.say(this.options.readOnly ?? t('grid.readOnly'), 'error');
      return;
    }
    const before = this.rows[row][col];
    if (typeof before === 'string' && /^<blob \d+ bytes>$/.test(before)) {
      this.say(t('grid.blob', this.columns[col]), 'error');
      return;
    }
    const input = el('input', 'cell-input');
    input.value = shown(before);
    input.setAttribute('aria-label', t('grid.editCell', this.columns[col], row + 1));
    input.dataset.testid = 'cell-input';
    cell.replaceChildren(input);
    cell.classList.add('editing');
    const editing = { cell, input, done: false };
    this.editing = editing;
    this.say(t('grid.editing'), 'ok');
    input.focus();
    input.select();
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        void this.close(editing, true);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        void this.close(editing, false);
      }
    });
    input.addEventListener('blur', () => void this.close(editing, true));
  }

  private async close(editing: { cell: HTMLTableCellElement; input: HTMLInputElement; done: boolean }, keep: boolean): Promise<void> {
    if (editing.done) return;
    editing.done = true;
    const { cell, input } = editing;
    const row = Number(cell.dataset.row);
    const col = Number(cell.dataset.col);
    const before = this.rows[row][col];
    const value = typedValue(input.value, before);
    const refocus = cell.contains(document.activeElement);
    const restore = () => {
      cell.classList.remove('editing', 'saving');
      this.fill(cell, this.rows[row][col]);
      if (this.editing === editing) this.editing = undefined;
      if (refocus) cell.focus();
    };
    if (!keep || value === before) {
      restore();
      this.say(keep ? t('grid.unchanged') : t('grid.cancelled'), 'ok');
      return;
    }
    cell.classList.add('saving');
    input.readOnly = true;
    try {
      await this.options.save!({ row, column: this.columns[col], before, value });
      this.rows[row][col] = value;
      restore();
      this.say(t('grid.saved', `${this.options.label}.${this.columns[col]}`), 'ok');
    } catch (error) {
      restore();
      this.say(error instanceof Error ? error.message : String(error), 'error');
    }
  }
}
