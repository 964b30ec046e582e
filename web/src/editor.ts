// The file editor: CodeMirror 6 with Python highlighting for .py files. Each file keeps its own
// editor state (and so its own undo history). Edits are handed to `onEdit`; the core's parse
// error for the open file is shown inline at its line:col (and in a strip under the editor).
import { Annotation, EditorState, type Extension } from '@codemirror/state';
import {
  EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, keymap, lineNumbers,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { HighlightStyle, bracketMatching, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { python } from '@codemirror/lang-python';
import type { RunMark } from './run-marks';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { tags } from '@lezer/highlight';
import { el } from './dom';
import { bind, t } from './i18n';

/** Marks transactions that load content from the core (they are not user edits). */
const external = Annotation.define<boolean>();

const highlight = HighlightStyle.define([
  { tag: tags.keyword, color: '#ff7b72' },
  { tag: [tags.controlKeyword, tags.moduleKeyword], color: '#ff7b72' },
  { tag: [tags.string, tags.special(tags.string)], color: '#a5d6ff' },
  { tag: tags.docString, color: '#8b949e', fontStyle: 'italic' },
  { tag: tags.comment, color: '#8b949e', fontStyle: 'italic' },
  { tag: [tags.number, tags.bool, tags.null], color: '#79c0ff' },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: '#d2a8ff' },
  { tag: tags.definition(tags.variableName), color: '#ffa657' },
  { tag: tags.className, color: '#ffa657' },
  { tag: tags.propertyName, color: '#d1d7e0' },
  { tag: tags.operator, color: '#ff7b72' },
  { tag: tags.self, color: '#79c0ff' },
]);

const theme = EditorView.theme(
  {
    '&': { height: '100%', fontSize: '13px', backgroundColor: 'transparent', color: '#d1d7e0' },
    '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.55' },
    '.cm-content': { caretColor: '#58a6ff' },
    // Opaque: a line scrolled sideways passes under the gutter and must not show through the numbers.
    '.cm-gutters': { backgroundColor: '#0d1117', color: '#848d97', border: 'none' },
    '.cm-activeLine': { backgroundColor: '#161b2280' },
    '.cm-activeLineGutter': { backgroundColor: '#161b22', color: '#d1d7e0' },
    '&.cm-focused .cm-cursor': { borderLeftColor: '#58a6ff' },
    '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: '#264f78' },
    '.cm-tooltip': { backgroundColor: '#161b22', border: '1px solid #30363d', color: '#d1d7e0' },
    '.cm-diagnostic-error': { borderLeft: '3px solid #f85149' },
    '.cm-lintRange-error': { backgroundImage: 'none', textDecoration: 'underline wavy #f85149' },
    // The lint package draws its markers as data: images, which the page's CSP refuses: a dot instead.
    '.cm-lint-marker': { content: 'none', width: '0.6em', height: '0.6em', margin: '0.3em 0 0 0.25em', borderRadius: '50%' },
    '.cm-lint-marker-error': { content: 'none', backgroundColor: '#f85149' },
    '.cm-lint-marker-warning': { content: 'none', backgroundColor: '#d29922' },
    '.cm-lint-marker-info': { content: 'none', backgroundColor: '#58a6ff' },
  },
  { dark: true },
);

export interface EditorError {
  line?: number;
  column?: number;
  message: string;
}

export class Editor {
  readonly element: HTMLElement;
  private readonly title: HTMLElement;
  private readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private readonly mount: HTMLElement;
  private readonly strip: HTMLElement;
  private readonly placeholder: HTMLElement;
  private view: EditorView | undefined;
  /** The scripts' load error (STATE.error with its place), and the last command's marks (run-marks.ts). */
  private loadError: { message: string; file?: string; line?: number; column?: number } | null = null;
  private runMarks: RunMark[] = [];
  private readonly states = new Map<string, EditorState>();
  path: string | undefined;

  constructor(
    private readonly onEdit: (path: string, content: string) => void,
    private readonly onOpenPlace: (file: string) => void,
  ) {
    this.element = el('section', 'pane editor');
    bind(this.element, 'editor.title', 'aria-label');
    this.title = el('div', 'pane-title editor-title');
    this.host = el('div', 'editor-host');
    this.host.dataset.testid = 'editor';
    // CodeMirror injects its styles with style-mod, which uses a <style> element in a document
    // (refused by the page's CSP) but a constructed stylesheet in a shadow root (allowed).
    this.shadow = this.host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(':host { display: block; } .mount { height: 100%; } .mount:empty { display: none; } .cm-editor.cm-focused { outline: none; }');
    this.shadow.adoptedStyleSheets = [sheet];
    this.mount = el('div', 'mount');
    this.shadow.append(el('slot'), this.mount);
    this.placeholder = bind(el('p', 'empty'), 'editor.pick');
    this.host.append(this.placeholder);
    this.strip = el('div', 'editor-error');
    this.strip.dataset.testid = 'editor-error';
    this.strip.setAttribute('role', 'status');
    this.strip.hidden = true;
    this.element.append(this.title, this.host, this.strip);
    this.setTitle(undefined);
  }

  private extensions(path: string): Extension[] {
    const ext: Extension[] = [
      lineNumbers(),
      highlightActiveLineGutter(),
      highlightSpecialChars(),
      history(),
      drawSelection(),
      indentOnInput(),
      bracketMatching(),
      highlightActiveLine(),
      indentUnit.of('    '),
      EditorState.tabSize.of(4),
      keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
      syntaxHighlighting(highlight),
      theme,
      lintGutter(),
      // The text area's name for screen readers (and axe's aria-input-field-name): which file.
      // tabindex: the text is in the Tab order anyway (contenteditable), but checkers look for it.
      EditorView.contentAttributes.of({ 'aria-label': `${t('editor.title')}: ${path}`, tabindex: '0' }),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged || !this.view || update.transactions.every((tr) => tr.annotation(external))) return;
        this.onEdit(path, update.state.doc.toString());
      }),
    ];
    if (path.endsWith('.py') || path.endsWith('.mako')) ext.push(python());
    return ext;
  }

  private setTitle(path: string | undefined): void {
    this.title.replaceChildren();
    if (!path) {
      this.title.append(bind(el('h2'), 'editor.title'));
      return;
    }
    const name = el('h2', 'editor-path', path);
    name.dataset.testid = 'editor-path';
    this.title.append(name, bind(el('span', 'badge'), path.endsWith('.py') ? 'editor.python' : 'editor.text'));
  }

  /** Shows a file; content is what the core has. */
  open(path: string, content: string): void {
    if (this.view && this.path) this.states.set(this.path, this.view.state);
    let state = this.states.get(path);
    if (!state || state.doc.toString() !== content) state = EditorState.create({ doc: content, extensions: this.extensions(path) });
    this.path = path;
    this.setTitle(path);
    if (!this.view) {
      this.view = new EditorView({ state, parent: this.mount, root: this.shadow });
      this.placeholder.remove();
    } else this.view.setState(state);
    this.strip.hidden = true;
    this.mark();
  }

  /** The core's content for a file changed (a command wrote it): reload it unless it is the same. */
  refresh(path: string, content: string): void {
    if (path !== this.path || !this.view) {
      this.states.delete(path);
      return;
    }
    const doc = this.view.state.doc.toString();
    if (doc === content) return;
    this.view.dispatch({ changes: { from: 0, to: doc.length, insert: content }, annotations: external.of(true) });
  }

  close(message?: string): void {
    if (this.path) this.states.delete(this.path);
    this.path = undefined;
    this.view?.destroy();
    this.view = undefined;
    this.setTitle(undefined);
    if (message) this.placeholder.textContent = message;
    this.host.replaceChildren(this.placeholder);
    this.strip.hidden = true;
    this.runMarks = [];
  }

  forget(path: string): void {
    this.states.delete(path);
  }

  focus(): void {
    this.view?.focus();
  }

  content(): string | undefined {
    return this.view?.state.doc.toString();
  }

  /** Inserts text at the end of a line that matches `after` (lessons use it to make an edit). */
  insertAfter(pattern: RegExp, text: string): boolean {
    if (!this.view) return false;
    const doc = this.view.state.doc;
    for (let n = doc.lines; n >= 1; n--) {
      const line = doc.line(n);
      if (pattern.test(line.text)) {
        this.view.dispatch({ changes: { from: line.to, insert: `\n${text}` } });
        return true;
      }
    }
    return false;
  }

  /**
   * Shows the core's error: inline when it is in the open file (`where.file === path`), and in the
   * strip under the editor in any case. `null` clears it.
   */
  showError(error: { message: string; file?: string; line?: number; column?: number } | null): void {
    this.loadError = error;
    if (!error) {
      this.strip.hidden = true;
      this.strip.replaceChildren();
      this.mark();
      return;
    }
    const where = [error.file, error.line, error.column].filter((part) => part !== undefined).join(':');
    const link = el('button', 'error-place', where || '');
    link.type = 'button';
    link.hidden = !error.file;
    link.addEventListener('click', () => error.file && this.onOpenPlace(error.file));
    this.strip.replaceChildren(el('span', 'error-icon', '⚠'), link, el('span', 'error-message', error.message));
    this.strip.hidden = false;
    this.mark();
  }

  /** The last command's errors at their places (they stay until the next command, and follow edits). */
  showRunMarks(marks: RunMark[]): void {
    this.runMarks = marks;
    const first = this.mark();
    // The failed line into view (the focus stays where it is: in the console).
    if (first !== undefined && this.view) this.view.dispatch({ effects: EditorView.scrollIntoView(first, { y: 'center' }) });
  }

  /** The inline markers of the open file: the load error's and the last command's. */
  /** Returns where the first of the last command's marks in the open file is, if any. */
  private mark(): number | undefined {
    if (!this.view) return undefined;
    const doc = this.view.state.doc;
    const at = (lineNo: number | undefined, column: number | undefined, whole: boolean) => {
      const line = doc.line(Math.min(Math.max(lineNo ?? 1, 1), doc.lines));
      const from = Math.min(line.from + Math.max((column ?? 1) - 1, 0), line.to);
      const to = whole ? line.to : column !== undefined && from < line.to ? from + 1 : line.to;
      return { from, to: Math.max(to, from) };
    };
    const diagnostics: Diagnostic[] = [];
    const error = this.loadError;
    if (error && error.file === this.path) {
      diagnostics.push({ ...at(error.line, error.column, false), severity: 'error', message: error.message, source: 'revlab' });
    }
    let first: number | undefined;
    for (const mark of this.runMarks) {
      if (mark.file !== this.path) continue;
      const range = at(mark.line, mark.column, true);
      first ??= range.from;
      diagnostics.push({ ...range, severity: 'error', message: mark.message, source: 'revlab' });
    }
    this.view.dispatch(setDiagnostics(this.view.state, diagnostics));
    return first;
  }
}
