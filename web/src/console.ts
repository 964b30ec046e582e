// The console: an output log and one input line with a prompt. Enter hands the line to `onRun`;
// ↑/↓ walk through the lines entered before; Tab completes the word being typed (`complete`
// gives the candidates). A paste of several lines runs them one by one, as a terminal does. It
// knows nothing about the wasm module.
import { commonPrefix, type Completion } from './completion';
import { el } from './dom';
import { bind, t } from './i18n';

const ALERT = /^(ERROR\b|Error:|FAILED\b|Traceback\b)|: command not found$/;
/** Alembic's WARNING lines (its log format cuts the level to five letters) and Python's warnings. */
const WARNING = /^(WARNI \[|WARNING\b|\S*Warning: )/;
/** After Esc, Tab moves focus on for this long (CodeMirror's tab-focus escape, same span). */
const TAB_ESCAPE_MS = 2000;
/**
 * Lines of output the log keeps (xterm.js keeps 1000 by default). The log used to keep every line,
 * about four a command: the 10,000 commands of bench/endurance.mjs would leave some 40,000 in the
 * DOM, and each print reads scrollHeight, a layout of the whole log.
 */
export const SCROLLBACK = 1000;
/** Lines ↑ can recall (bash keeps 500 by default). */
const HISTORY = 1000;

export type LineKind = 'stdout' | 'stderr' | 'command' | 'error' | 'note';

export interface ConsoleOptions {
  prompt: string;
  /** Runs one line; the input is read-only until it settles. */
  onRun: (line: string) => Promise<void>;
  /** Candidates for Tab, from the text before the cursor. */
  complete?: (before: string) => Completion;
  /** Extra elements for the title bar (buttons). */
  toolbar?: HTMLElement;
  title?: HTMLElement;
  /** Shown at the top of the log once old lines were dropped (past SCROLLBACK). */
  trimmed?: HTMLElement;
}

export class Console {
  readonly element: HTMLElement;
  private readonly output: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly history: string[] = [];
  private cursor = 0; // == history.length: the line being typed
  private draft = '';
  private busy = false;
  /** Until this time, Tab leaves the console (set by Esc). */
  private tabEscape = 0;
  /** The text before the cursor whose candidates the log shows last: a second Tab moves on. */
  private listed: string | undefined;

  constructor(private readonly options: ConsoleOptions) {
    this.element = el('section', 'pane console');
    bind(this.element, 'pane.console', 'aria-label');
    const title = el('div', 'pane-title console-title');
    title.append(options.title ?? bind(el('h2'), 'pane.console'));
    if (options.toolbar) title.append(options.toolbar);

    this.output = el('div', 'console-output');
    this.output.dataset.testid = 'console-output';
    this.output.setAttribute('role', 'log');
    this.output.setAttribute('aria-live', 'polite');
    this.output.tabIndex = 0;

    const form = el('form', 'console-line');
    const prompt = el('span', 'console-prompt', options.prompt);
    prompt.setAttribute('aria-hidden', 'true');
    this.input = el('input', 'console-input');
    this.input.dataset.testid = 'console-input';
    this.input.type = 'text';
    this.input.autocomplete = 'off';
    this.input.spellcheck = false;
    this.input.setAttribute('autocapitalize', 'off');
    bind(this.input, 'console.input', 'aria-label');
    this.input.placeholder = t('console.starting');
    this.input.disabled = true;
    // On a phone there is no Tab, ↑ or ↓: keys on the screen stand in for them (shown on narrow
    // or touch screens). They keep the focus in the input, as the keyboard's keys would.
    const keys = el('div', 'console-keys');
    for (const [label, testid, press] of [
      ['Tab', 'key-tab', () => this.completeWord()],
      ['↑', 'key-up', () => this.walk(-1)],
      ['↓', 'key-down', () => this.walk(1)],
    ] as const) {
      const key = el('button', 'btn small console-key', label);
      key.type = 'button';
      key.dataset.testid = testid;
      key.addEventListener('pointerdown', (event) => event.preventDefault());
      key.addEventListener('click', () => {
        if (this.input.disabled || this.busy) return;
        press();
        this.input.focus({ preventScroll: true });
      });
      keys.append(key);
    }
    form.append(prompt, this.input, keys);

    this.element.append(title, this.output, form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('paste', (event) => this.onPaste(event));
    // A click anywhere in the log (but not a text selection) goes back to the input.
    this.output.addEventListener('mouseup', () => {
      if (!window.getSelection()?.toString()) this.focus();
    });
  }

  /** Enables the input once the project is open. */
  ready(placeholder: string): void {
    this.input.disabled = false;
    this.input.placeholder = placeholder;
    // Focus without scrolling to it: on a phone the console sits below the fold, and the page
    // must open at its top.
    this.input.focus({ preventScroll: true });
  }

  /** The hint in the empty input (it follows the language). */
  setPlaceholder(text: string): void {
    if (!this.input.disabled) this.input.placeholder = text;
  }

  /** Disables the input for good (the worker is gone). */
  stop(reason: string): void {
    this.input.disabled = true;
    this.input.placeholder = reason;
  }

  focus(): void {
    if (!this.input.disabled) this.input.focus();
  }

  print(text: string, kind: LineKind): HTMLElement {
    const line = this.line(text, kind);
    this.output.append(line);
    this.trim();
    this.scrollToEnd();
    return line;
  }

  /**
   * Many lines at once (a command's output): appended together, trimmed and scrolled once. An
   * upgrade through 10,000 revisions prints 10,000 lines; one layout per line took minutes.
   */
  printAll(lines: { text: string; kind: LineKind }[]): void {
    const fragment = document.createDocumentFragment();
    // Only the last SCROLLBACK lines could stay: the ones before would be trimmed at once.
    const skipped = Math.max(0, lines.length - SCROLLBACK);
    for (const { text, kind } of lines.slice(skipped)) fragment.append(this.line(text, kind));
    this.output.append(fragment);
    if (skipped > 0 && this.options.trimmed && this.options.trimmed.parentNode !== this.output) this.output.prepend(this.options.trimmed);
    this.trim();
    this.scrollToEnd();
  }

  private line(text: string, kind: LineKind): HTMLElement {
    const line = el('div', `line ${kind}`);
    if (kind === 'command') {
      line.append(el('span', 'console-prompt', this.options.prompt), document.createTextNode(text));
    } else {
      line.textContent = text;
      // Flask-Migrate's failures and warnings arrive on stderr next to its INFO log: make them stand out.
      if (kind === 'stderr' && ALERT.test(text)) line.classList.add('alert');
      else if (kind === 'stderr' && WARNING.test(text)) line.classList.add('warning');
    }
    return line;
  }

  /** Keeps the last SCROLLBACK lines, with the `trimmed` note above them once any were dropped. */
  private trim(): void {
    const note = this.options.trimmed;
    const noted = note?.parentNode === this.output;
    let excess = this.output.childElementCount - (noted ? 1 : 0) - SCROLLBACK;
    if (excess <= 0) return;
    while (excess-- > 0) (noted ? note!.nextElementSibling : this.output.firstElementChild)?.remove();
    if (note && !noted) this.output.prepend(note);
  }

  /** A hint under an error: what it means and what to do (in the page only; the CLI prints none). */
  printHint(label: string, text: string): void {
    const line = this.print('', 'note');
    line.classList.add('hint-line');
    line.dataset.testid = 'console-hint';
    line.append(el('strong', undefined, `${label} `), document.createTextNode(text));
    this.scrollToEnd();
  }

  /** A small marker after a command that failed. */
  printExit(code: number): void {
    const line = this.print('', 'note');
    line.classList.add('exit');
    line.append(el('span', 'exit-code', t('console.exit', code)));
    this.scrollToEnd();
  }

  private scrollToEnd(): void {
    this.output.scrollTop = this.output.scrollHeight;
  }

  clear(): void {
    this.output.replaceChildren();
  }

  get isBusy(): boolean {
    return this.busy;
  }

  /** Puts a line into the input (e.g. a lesson's "type it"), without running it. */
  fill(line: string): void {
    this.input.value = line;
    this.focus();
    this.input.setSelectionRange(line.length, line.length);
  }

  /** Runs a line as if typed (a button's command): it shows in the log and in ↑ history. */
  async execute(line: string): Promise<void> {
    if (this.busy || this.input.disabled) return;
    const typed = this.input.value;
    this.input.value = line;
    await this.submit();
    this.input.value = typed;
  }

  private async submit(): Promise<void> {
    if (this.busy || this.input.disabled) return;
    const line = this.input.value;
    this.input.value = '';
    this.draft = '';
    if (line.trim() && this.history[this.history.length - 1] !== line) this.history.push(line);
    if (this.history.length > HISTORY) this.history.splice(0, this.history.length - HISTORY);
    this.cursor = this.history.length;
    if (line.trim() === 'clear') {
      this.clear();
      return;
    }
    this.print(line, 'command');
    if (!line.trim()) return;
    this.busy = true;
    this.input.readOnly = true;
    this.element.classList.add('busy');
    try {
      await this.options.onRun(line);
    } finally {
      this.busy = false;
      this.input.readOnly = false;
      this.element.classList.remove('busy');
      this.focus();
    }
  }

  /**
   * A paste of several lines (a block of the guide) runs each complete line in turn, echoed with
   * its own output, as a terminal does; what follows the last line break stays in the input for
   * Enter. An <input> would join the lines with spaces into one command that means nothing.
   */
  private onPaste(event: ClipboardEvent): void {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!/[\r\n]/.test(text)) return;
    event.preventDefault();
    if (this.busy || this.input.disabled || this.input.readOnly) return;
    const start = this.input.selectionStart ?? this.input.value.length;
    const end = this.input.selectionEnd ?? start;
    const lines = (this.input.value.slice(0, start) + text + this.input.value.slice(end)).split(/\r\n|\r|\n/);
    const rest = lines.pop() ?? '';
    void this.runLines(lines, rest);
  }

  private async runLines(lines: string[], rest: string): Promise<void> {
    for (const line of lines) {
      if (!line.trim()) continue;
      if (this.input.disabled) return;
      this.input.value = line;
      await this.submit();
    }
    this.input.value = rest;
    this.input.setSelectionRange(rest.length, rest.length);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.isComposing || event.keyCode === 229) return; // an IME (e.g. pinyin) owns this key
    if (event.key === 'Escape') {
      this.tabEscape = Date.now() + TAB_ESCAPE_MS;
      return;
    }
    if (event.key === 'Tab' && Date.now() <= this.tabEscape) return; // Esc, Tab: focus moves on
    if (event.key !== 'Shift') this.tabEscape = 0;
    if (event.key === 'Enter') {
      event.preventDefault();
      void this.submit();
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      this.walk(event.key === 'ArrowUp' ? -1 : 1);
    } else if (event.key === 'Tab' && !event.shiftKey && !event.altKey && !event.ctrlKey && this.options.complete) {
      // Tab completes only when there is something to complete; otherwise it moves focus on, so
      // the console is never a keyboard trap.
      if (this.completeWord()) event.preventDefault();
    } else if (event.key === 'l' && event.ctrlKey) {
      event.preventDefault();
      this.clear();
    }
  }

  /** Completes the word before the cursor, or lists the choices; false when Tab has nothing to do here. */
  private completeWord(): boolean {
    const at = this.input.selectionStart ?? this.input.value.length;
    const before = this.input.value.slice(0, at);
    const after = this.input.value.slice(at);
    if (!before.trim()) return false; // nothing typed: nothing to complete
    const { from, candidates } = this.options.complete!(before);
    if (candidates.length === 0) return false;
    const word = before.slice(from);
    let insert = commonPrefix(candidates);
    if (candidates.length === 1) insert += ' ';
    else if (insert.length <= word.length) {
      // Nothing more in common: list the choices, as a shell does on a second Tab. Listed
      // already for this same text: Tab moves on instead of printing them again.
      if (this.listed === before) return false;
      this.listed = before;
      const line = this.print(candidates.join('   '), 'note');
      line.classList.add('completions');
      return true;
    }
    const text = before.slice(0, from) + insert;
    this.input.value = text + after;
    this.input.setSelectionRange(text.length, text.length);
    this.listed = undefined;
    return true;
  }

  private walk(step: number): void {
    const next = Math.min(Math.max(this.cursor + step, 0), this.history.length);
    if (next === this.cursor) return;
    if (this.cursor === this.history.length) this.draft = this.input.value;
    this.cursor = next;
    this.input.value = next === this.history.length ? this.draft : this.history[next];
    const end = this.input.value.length;
    this.input.setSelectionRange(end, end);
  }
}
