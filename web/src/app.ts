// The page: lays out the panes and connects them to the project in the worker. Every change to
// the project (a command, SQL, an import, a restore) goes through `record`, which keeps the
// time-travel list, refreshes the views and saves to IndexedDB.
import type { Snapshot, State, Table } from './api';
import { Project, RevlabError, WorkerFailure } from './client';
import { complete } from './completion';
import { summarizeImport } from './import-summary';
import { Console, SCROLLBACK } from './console';
import { DataView } from './data';
import { DatabaseSwitch } from './database-switch';
import { openDialog } from './dialog';
import { base64ToBytes, bytesToBase64, button, debounce, el, formatSize, own, place, yieldToPage } from './dom';
import { Editor } from './editor';
import { Engine, Interrupted } from './engine';
import { FileTree } from './files';
import { BASE, GraphView, ancestors } from './graph';
import { HistoryPane } from './history';
import { bind, isMessageKey, labelText, lang, message, onLanguage, setLang, t, type Label, type MessageKey } from './i18n';
import { packRevisions, packedBuffers } from './layout';
import { LessonsView, type LessonContext } from './lessons';
import type { Lesson, LessonSetup, View } from './lesson-types';
import { WATCHDOG, markStarted, markStarting, normalUrl, safeStartReason, safeStartText, safeUrl } from './safestart';
import { SchemaView } from './schema';
import { runMarks } from './run-marks';
import { sameSnapshot, snapshotBytes } from './snapshots';
import { quoteIdent, seedStatement } from './seed';
import { ShareError, shareFromHash } from './share';
import { linkDatabase, shareProject } from './share-link';
import { PhoneTabs } from './phone-tabs';
import { shellQuote, shellWord } from './shell';
import { StorageError, Store, Tabs, type Entry, type TabMessage } from './store';
import { Tasks } from './tasks';
import { TimeTravel } from './timetravel';
import { ImportError, revisionId } from './zip';

const MAX_ENTRIES = 40;
/**
 * Time travel also holds at most this many bytes of snapshots (see `snapshotBytes`). Every entry is
 * a whole project, kept in the page's memory and written again to IndexedDB on each save, so the
 * count alone would let 40 large projects pile up (40 x 64 MiB of files, the core's own limit). 64 MiB
 * keeps all 40 entries of any project up to 1.6 MB (the demo's snapshots are a few tens of KB) and
 * a few of a large one. Tests lower it with `?snapshot-cap=BYTES` (read once, here); that query
 * can only lower it, never raise it.
 */
const SNAPSHOT_CAP = (() => {
  const limit = 64 << 20;
  const asked = Number(new URLSearchParams(location.search).get('snapshot-cap'));
  return Number.isSafeInteger(asked) && asked > 0 && asked < limit ? asked : limit;
})();
/** Per-command timings kept for the benchmarks: the last this many. */
const MAX_TIMINGS = 1000;
const SAFETY = /^WARNI \[revlab\.safety\] /;

type Tab = 'graph' | 'schema' | 'data';

/** Timings the benchmark reads (bench/web_bench.mjs). */
export interface Timings {
  readyAt?: number;
  /** The last MAX_TIMINGS console lines run (older ones are dropped); `count` counts them all. */
  runs: { line: string; ms: number }[];
  count: number;
  /** What the time-travel entries hold, as `snapshotBytes` counts it, and its cap (bench/endurance.mjs reads them). */
  snapshotBytes: number;
  snapshotCap: number;
}

declare global {
  interface Window {
    __revlab?: Timings;
  }
}

/** "64 MB" for whole mebibytes (the cap), otherwise formatSize's one decimal. */
function megabytes(bytes: number): string {
  return bytes % (1 << 20) === 0 ? `${bytes >> 20} MB` : formatSize(bytes);
}

/** After this long, a start that is still loading offers a safe start. */
const LOADING_HINT_MS = 4000;

export class App {
  readonly timings: Timings = { runs: [], count: 0, snapshotBytes: 0, snapshotCap: SNAPSHOT_CAP };
  private project: Project | undefined;
  private state: State = { current: [], heads: [], revisions: [], error: null };
  private tables: Table[] = [];
  /** The database the schema and data panes show: "" (app.db) or a bind key (--multidb). */
  private database = '';
  /** The database the schema pane last showed: its "last step" difference is only shown for the same one. */
  private schemaDatabase = '';
  private readonly databaseSwitches: DatabaseSwitch[] = [];
  /** The project as of the last recorded change (the "before" of the next entry). */
  private baseline: Snapshot | undefined;
  /** Files were edited since `baseline`. */
  private dirty = false;
  private entries: Entry[] = [];
  private nextEntry = 1;
  private lastLine = '';
  private lastExit = 0;
  private lastOutput: string[] = [];
  /** Console commands run so far (lessons tell a command from an action by it). */
  private commands = 0;
  /** The last recorded change did change the project (lessons offer Undo then). */
  private lastChanged = false;
  /**
   * While a lesson runs on its own copy of the demo: the user's project, its time travel and its
   * Redo, put back when the lesson is left. Nothing is saved meanwhile, so the saved copy stays
   * the user's project (a reload brings it back too).
   */
  private home: { project: Snapshot; entries: Entry[]; redo: { entry: Entry; after: Snapshot }[] } | undefined;
  /** A lesson's copy is being made: commands wait (they would land half-way through its setup). */
  private preparingLesson = false;
  /** The demo's files as the running lesson's copy started. */
  private lessonDemo: Record<string, string> = {};
  private tab: Tab = 'graph';
  private readonly pendingWrites = new Map<string, string>();
  private readonly store = new Store();
  private storeReady = false;
  /** This tab does not save: another tab owns the project, or saved data awaits a decision. */
  private passive = false;
  private readonly tabs: Tabs;
  /** The wasm worker, supervised (watchdog, Stop, recovery). */
  private readonly engine: Engine;
  /** Layout, zips and share links, off the main thread. */
  private readonly tasks = new Tasks();
  /** The start is over: the page answers commands. */
  private started = false;
  /** The open project came from the save (or a link, an import, a command): opening a link asks first. */
  private hasWork = false;

  // --- the panes -------------------------------------------------------------------------------
  private readonly status = el('span', 'status');
  private readonly banners = el('div', 'banners');
  private readonly tree: FileTree;
  private readonly editor: Editor;
  private readonly terminal: Console;
  private readonly graph: GraphView;
  private readonly history: HistoryPane;
  private readonly schema: SchemaView;
  private readonly data: DataView;
  private readonly lessons: LessonsView;
  private readonly timetravel: TimeTravel;
  private readonly verbButtons = new Map<string, HTMLButtonElement>();
  private readonly undoButton: HTMLButtonElement;
  private readonly redoButton: HTMLButtonElement;
  /** What Undo took back, newest last: Redo puts it back. Any new change forgets it, as editors do. */
  private redoStack: { entry: Entry; after: Snapshot }[] = [];
  private readonly stopButton: HTMLButtonElement;
  private readonly tabButtons = new Map<Tab, HTMLButtonElement>();
  private readonly tabPanels = new Map<Tab, HTMLElement>();
  private readonly fileInput = el('input');
  private readonly tabsRow = el('div', 'tabs-row');
  private phone!: PhoneTabs; // at phone width, the panes sit behind its tabs
  /** How to draw each lasting banner again (see `lasting`). */
  private readonly redraws = new Map<string, () => void>();

  constructor(private readonly root: HTMLElement) {
    this.engine = new Engine({
      snapshot: () => this.baseline,
      busy: (slow) => {
        this.stopButton.hidden = !slow;
      },
      restarted: (cause, outcome) => void this.restarted(cause, outcome),
      fatal: (failure) => this.fail(failure),
    }, WATCHDOG.run);
    this.status.dataset.testid = 'status';
    this.status.setAttribute('role', 'status');
    this.setStatus('status.loading', 'loading');
    this.tabs = new Tabs((message) => this.onTabMessage(message));

    this.tree = new FileTree((path) => (this.phone.show('editor'), void this.openFile(path)), (path) => void this.deleteFile(path), this.paneTitle('pane.files'));
    this.editor = new Editor((path, content) => this.onEdit(path, content), (path) => void this.openFile(path));
    this.terminal = new Console({
      prompt: 'backend $ ',
      onRun: (line) => this.run(line),
      complete: (before) => complete(before, this.state.revisions.map((rev) => rev.id)),
      title: bind(el('h2'), 'pane.console'),
      trimmed: bind(el('div', 'line note trimmed'), 'console.trimmed', undefined, SCROLLBACK),
      toolbar: this.verbBar(),
    });
    this.graph = new GraphView(
      (target) => void this.moveTo(target),
      (revisions) => {
        const packed = packRevisions(revisions);
        return this.tasks.run('layout', { revisions: packed }, packedBuffers(packed));
      },
      (error) => this.report(error),
    );
    this.history = new HistoryPane((path) => void this.openFile(path));
    this.schema = new SchemaView((table) => {
      this.showTab('data');
      void this.data.browse(table);
    });
    this.data = new DataView({
      query: (sql, params) => this.need().query(sql, params, this.database),
      seed: (table, count) => this.seed(table, count),
      changed: (label) => this.record(label, true),
      change: async (sql, params, label) => {
        await this.settle();
        await this.need().query(sql, params, this.database);
        await this.record(label, true); // an edit of alembic_version moves the current revision
      },
      describe: (error) => this.describe(error),
    });
    this.lessons = new LessonsView({
      type: (line) => this.terminal.fill(line),
      openFile: (path) => this.openFile(path),
      addModelField: (line) => this.addModelField(line),
      rewriteFile: (path, edit, label) => this.rewriteFile(path, edit, label),
      writeFiles: (files, label) => this.writeFiles(files, label),
      demoFiles: () => this.lessonDemo,
      seed: (table, count) => this.seed(table, count),
      undo: () => this.undo(),
      show: (view) => this.showView(view),
      enter: (lesson) => this.enterLesson(lesson),
      leave: () => this.leaveLesson(),
    }, (on) => {
      const toggle = this.tabsRow?.querySelector('.lessons-toggle');
      toggle?.classList.toggle('running', on);
      if (on) toggle?.setAttribute('title', t('lessons.running'));
      else toggle?.removeAttribute('title');
    });
    this.timetravel = new TimeTravel((entry) => void this.travel(entry), this.paneTitle('pane.timetravel'));
    this.undoButton = bind(button('', 'btn ghost', () => void this.undo()), 'top.undo');
    this.undoButton.dataset.testid = 'undo';
    this.undoButton.disabled = true;
    this.redoButton = bind(button('', 'btn ghost', () => void this.redo()), 'top.redo');
    this.redoButton.dataset.testid = 'redo';
    this.redoButton.disabled = true;
    this.stopButton = bind(button('', 'btn small danger stop', () => this.engine.stop()), 'stop.button');
    bind(this.stopButton, 'stop.title', 'title');
    this.stopButton.dataset.testid = 'stop';
    this.stopButton.hidden = true;
    this.layout();
    onLanguage(() => this.rerender());
    window.__revlab = this.timings;
  }

  // --- layout --------------------------------------------------------------------------------------
  private paneTitle(key: MessageKey): HTMLElement {
    const title = el('div', 'pane-title');
    title.append(bind(el('h2'), key));
    return title;
  }

  private verbBar(): HTMLElement {
    const bar = el('div', 'verbs');
    const verbs: [string, MessageKey, () => void][] = [
      ['migrate', 'verb.migrate', () => void this.migrate()],
      ['upgrade', 'verb.upgrade', () => void this.terminal.execute('flask db upgrade')],
      ['downgrade', 'verb.downgrade', () => void this.downgradeOne()],
      ['stamp', 'verb.stamp', () => void this.stamp()],
      ['merge', 'verb.merge', () => void this.terminal.execute('flask db merge heads -m "merge heads"')],
    ];
    for (const [name, key, action] of verbs) {
      const b = bind(button('', 'btn small verb', action), key);
      bind(b, `verb.${name}.title` as MessageKey, 'title');
      b.dataset.testid = `verb-${name}`;
      this.verbButtons.set(name, b);
      bar.append(b);
    }
    return bar;
  }

  private layout(): void {
    const header = el('header', 'topbar');
    const brand = el('div', 'brand');
    const logo = el('span', 'logo', 'R');
    logo.setAttribute('aria-hidden', 'true');
    brand.append(logo, el('h1', undefined, 'Revlab'), bind(el('p', 'tagline'), 'app.tagline'));

    const actions = el('div', 'top-actions');
    const exportBtn = bind(button('', 'btn ghost', () => void this.exportZip()), 'top.export');
    exportBtn.dataset.testid = 'export-zip';
    this.fileInput.type = 'file';
    this.fileInput.accept = '.zip,.py';
    this.fileInput.multiple = true;
    this.fileInput.hidden = true;
    this.fileInput.dataset.testid = 'import-input';
    this.fileInput.addEventListener('change', () => {
      const files = [...(this.fileInput.files ?? [])];
      this.fileInput.value = '';
      void this.importFiles(files);
    });
    const importBtn = bind(button('', 'btn ghost', () => this.fileInput.click()), 'top.import');
    importBtn.dataset.testid = 'import';
    const shareBtn = bind(button('', 'btn ghost', () => void this.share()), 'top.share');
    shareBtn.dataset.testid = 'share';
    const resetDb = bind(button('', 'btn ghost', () => void this.terminal.execute('rm app.db')), 'top.resetDb');
    resetDb.dataset.testid = 'reset-db';
    const resetAll = bind(button('', 'btn ghost danger-text', () => void this.resetPlayground()), 'top.resetAll');
    resetAll.dataset.testid = 'reset-playground';
    const langBtn = button(lang() === 'zh' ? 'English' : '中文', 'btn lang', () => {
      setLang(lang() === 'zh' ? 'en' : 'zh');
      this.clearMomentBanners();
      langBtn.textContent = lang() === 'zh' ? 'English' : '中文';
    });
    langBtn.dataset.testid = 'lang-toggle';
    // The name a screen reader gives is the text shown ("中文" / "English"); the title says what it is.
    langBtn.title = 'Language / 语言';
    const sep = () => el('span', 'sep');
    actions.append(this.undoButton, this.redoButton, sep(), exportBtn, importBtn, shareBtn, sep(), resetDb, resetAll, sep(), langBtn, this.status, this.stopButton, this.fileInput);
    header.append(brand, actions);

    const left = el('aside', 'column left');
    left.append(this.tree.element, this.timetravel.element);
    const center = el('div', 'column center');
    // The lesson pane sits above the console, beside the views it asks the learner to watch.
    this.lessons.element.hidden = true;
    center.append(this.editor.element, this.lessons.element, this.terminal.element);
    const right = el('section', 'column right pane');
    const tablist = el('div', 'tabs');
    tablist.setAttribute('role', 'tablist');
    const graphPanel = el('div', 'tab-panel');
    graphPanel.append(this.graph.element, this.history.element);
    // The schema and data panes each start with the database switch (shown with --multidb).
    const withSwitch = (pane: HTMLElement) => {
      const switcher = new DatabaseSwitch((key) => void this.showDatabase(key));
      this.databaseSwitches.push(switcher);
      const panel = el('div', 'tab-panel');
      panel.append(switcher.element, pane);
      return panel;
    };
    const panels: [Tab, MessageKey, HTMLElement][] = [
      ['graph', 'tab.graph', graphPanel],
      ['schema', 'tab.schema', withSwitch(this.schema.element)],
      ['data', 'tab.data', withSwitch(this.data.element)],
    ];
    for (const [name, key, content] of panels) {
      const tabButton = bind(button('', 'tab', () => this.showTab(name)), key);
      tabButton.setAttribute('role', 'tab');
      tabButton.dataset.testid = `tab-${name}`;
      tabButton.id = `tab-${name}`;
      const panel = content.classList.contains('tab-panel') ? content : el('div', 'tab-panel');
      if (panel !== content) panel.append(content);
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tabButton.id);
      this.tabButtons.set(name, tabButton);
      this.tabPanels.set(name, panel);
      tablist.append(tabButton);
    }
    this.tabsRow.append(tablist, this.lessonsToggle());
    right.append(this.tabsRow, ...this.tabPanels.values());
    this.showTab('graph');

    const workspace = el('main', 'workspace');
    workspace.append(left, center, right);
    const drop = el('div', 'drop-overlay');
    drop.append(bind(el('div', 'drop-message'), 'drop.message'));
    drop.hidden = true;
    this.phone = new PhoneTabs([
      ['files', 'pane.files', [this.tree.element]],
      ['editor', 'editor.title', [this.editor.element]],
      ['console', 'pane.console', [this.terminal.element, this.lessons.element]],
      ['views', 'phone.views', [right]],
      ['history', 'pane.timetravel', [this.timetravel.element]],
    ], 'console');
    this.root.replaceChildren(...this.skipLinks(), header, this.banners, this.phone.element, workspace, drop);
    this.dragAndDrop(drop);
  }

  /** The first stops of Tab: straight to the console or to the views, past the toolbar and the files. */
  private skipLinks(): HTMLElement[] {
    const link = (key: MessageKey, testid: string, target: () => HTMLElement | undefined) => {
      const a = bind(el('a', 'skip-link'), key);
      a.href = '#';
      a.dataset.testid = testid;
      // No fragment navigation: the page's hash carries shared projects.
      a.addEventListener('click', (event) => {
        event.preventDefault();
        target()?.focus();
      });
      return a;
    };
    const nav = el('nav', 'skip-links');
    bind(nav, 'skip.label', 'aria-label');
    nav.append(
      link('skip.console', 'skip-console', () => (this.phone.show('console'), this.root.querySelector<HTMLElement>('.console-input') ?? undefined)),
      link('skip.views', 'skip-views', () => (this.phone.show('views'), this.tabButtons.get(this.tab))),
    );
    return [nav];
  }

  /** Shows or hides the lesson pane (a lesson keeps running while it is hidden). */
  private lessonsToggle(): HTMLButtonElement {
    const toggle = bind(button('', 'tab lessons-toggle', () => {
      const open = this.lessons.element.hidden !== false;
      this.lessons.element.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      toggle.classList.toggle('active', open);
      if (open) this.phone.show('console'); // at phone width, the lesson pane sits above the console
    }), 'tab.lessons');
    toggle.dataset.testid = 'tab-lessons';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', 'lessons-pane');
    this.lessons.element.id = 'lessons-pane';
    return toggle;
  }

  private showView(view: View): void {
    if (view === 'graph' || view === 'schema' || view === 'data') this.showTab(view);
  }

  private showTab(name: Tab): void {
    this.tab = name;
    for (const [tab, b] of this.tabButtons) {
      b.setAttribute('aria-selected', String(tab === name));
      b.classList.toggle('active', tab === name);
      this.tabPanels.get(tab)!.hidden = tab !== name;
    }
    if (name === 'data' && this.project) void this.data.update(this.tables, true);
  }

  private rerender(): void {
    this.graph.render();
    this.history.render();
    this.schema.render();
    this.lessons.render();
    this.tree.render();
    this.timetravel.render();
    this.terminal.setPlaceholder(t('console.placeholder'));
    this.redrawBanners();
    const key = (this.status.dataset.key ?? 'status.ready') as MessageKey;
    this.setStatus(key, (this.status.dataset.kind ?? 'ready') as 'ready');
  }

  private setStatus(key: MessageKey, kind: 'loading' | 'ready' | 'busy' | 'failed'): void {
    this.status.textContent = t(key);
    this.status.dataset.key = key;
    this.status.dataset.kind = kind;
  }

  // --- banners -------------------------------------------------------------------------------------
  /** A message above the workspace; `id` replaces an earlier one with the same id. */
  banner(id: string, kind: 'error' | 'warning' | 'info', parts: (string | Node)[], actions: [string, () => void, string?][] = [], closable = true): void {
    this.redraws.delete(id);
    this.banners.querySelector(`[data-banner="${id}"]`)?.remove();
    const box = el('div', `banner ${kind}`);
    box.dataset.banner = id;
    box.dataset.testid = `banner-${id}`;
    box.setAttribute('role', kind === 'info' ? 'status' : 'alert');
    const text = el('div', 'banner-text');
    for (const part of parts) text.append(typeof part === 'string' ? el('div', undefined, part) : part);
    const row = el('div', 'banner-actions');
    for (const [label, action, testid] of actions) {
      const b = button(label, 'btn small', () => {
        box.remove();
        action();
      });
      if (testid) b.dataset.testid = testid;
      row.append(b);
    }
    if (closable) {
      const close = button('×', 'btn-close', () => box.remove());
      close.setAttribute('aria-label', t('banner.close'));
      row.append(close);
    }
    box.append(text, row);
    this.banners.append(box);
  }

  /** A banner that stays until dealt with: a language switch draws it again in the new language. */
  private lasting(id: string, draw: () => void): void {
    draw();
    this.redraws.set(id, draw);
  }

  private redrawBanners(): void {
    for (const [id, draw] of [...this.redraws]) {
      if (this.banners.querySelector(`[data-banner="${id}"]`)) this.lasting(id, draw);
      else this.redraws.delete(id);
    }
  }

  /**
   * Banners that report a moment (an import, a shared link opened, a restore that failed) end
   * with it: a reset, a restore, another import or a language switch clears them. The ones about
   * the page itself (storage, another tab, a safe start, a fatal error) stay until dealt with.
   */
  private clearMomentBanners(): void {
    for (const id of ['import', 'share', 'restart']) this.clearBanner(id);
    this.editor.showRunMarks([]); // the last command's error markers belong to that moment too
  }

  private clearBanner(id: string): void {
    this.banners.querySelector(`[data-banner="${id}"]`)?.remove();
  }

  // --- errors ----------------------------------------------------------------------------------------
  describe(error: unknown): string {
    if (error instanceof RevlabError && error.where) return `${place(error.where)}: ${error.message}`;
    if (error instanceof Interrupted) {
      if (error.reason === 'stopped') return t('engine.stopped');
      if (error.reason === 'timeout') return t('engine.timeout', Number(error.detail) / 1000);
      return t('engine.crashed', error.detail);
    }
    return error instanceof Error ? error.message : String(error);
  }

  /** The worker or the module is gone: say so plainly, keep the page. */
  fail(error: unknown): void {
    const detail = this.describe(error);
    this.lasting('fatal', () => this.banner('fatal', 'error', [el('strong', undefined, t(error instanceof WorkerFailure ? 'fail.worker' : 'fail.open')), el('div', 'detail', detail), el('div', 'hint', t('fail.hint'))], [
      [t('fail.reload'), () => location.reload()],
      [t('safe.start'), () => location.assign(safeUrl()), 'fatal-safe'],
    ], false));
    this.clearBanner('loading');
    this.setStatus('status.failed', 'failed');
    this.terminal.print(`revlab: ${detail}`, 'error');
    this.terminal.stop(t('console.unavailable'));
    document.body.dataset.ready = 'failed';
  }

  private report(error: unknown): void {
    if (error instanceof WorkerFailure) this.fail(error);
    else this.terminal.print(`revlab: ${this.describe(error)}`, 'error');
  }

  private need(): Project {
    if (!this.project) throw new WorkerFailure('the project is not open');
    return this.project;
  }

  // --- start -------------------------------------------------------------------------------------------
  /**
   * Opens the demo, warms the core on it, then loads the saved project, each request of it under
   * the start watchdog. Nothing of the user's runs before that (a share link only once the page is
   * ready, and after asking when there is work to replace). A safe start (`?safe`, or a reload
   * after a start that never finished) opens the demo alone and says how to go on.
   */
  async start(): Promise<void> {
    this.terminal.print(t('console.welcome'), 'note');
    this.terminal.print(t('console.try'), 'note');
    const hint = setTimeout(() => this.loadingBanner(), LOADING_HINT_MS);
    const safe = safeStartReason();
    // Storage opens while the module loads; its failure is handled below, never unhandled.
    const storage = this.store.open().then(async () => {
      this.storeReady = true;
      return { saved: safe ? undefined : await this.store.load() };
    }).catch((error: unknown) => ({ error }));
    try {
      await this.engine.open({ example: 'visits' });
      this.project = new Project(this.engine, 0);
      // Warm the core's code paths with a throwaway run on the demo (it changes nothing), before
      // anything of the user's is loaded, so that the first real command is as quick as the rest.
      await this.project.dryRun('flask db upgrade').catch(() => undefined);
    } catch (error) {
      clearTimeout(hint);
      this.fail(error);
      return;
    }
    markStarting();
    this.engine.limit = WATCHDOG.start;
    let restored = false;
    try {
      if (safe) {
        this.passive = true;
        this.safeBanner(safe);
      }
      const loaded = await storage;
      if ('error' in loaded) throw loaded.error;
      const saved = loaded.saved;
      if (saved) {
        const reply = await this.project.restore(saved.project);
        this.entries = saved.entries;
        this.capEntries();
        this.nextEntry = Math.max(0, ...this.entries.map((e) => e.id)) + 1;
        this.baseline = saved.project;
        this.state = reply.state;
        restored = true;
        this.hasWork = true;
      }
      if (!this.baseline) this.baseline = await this.project.snapshot();
      if (!restored) this.state = (await this.project.state()).state;
      await this.refresh({ step: false });
    } catch (error) {
      if (error instanceof WorkerFailure) {
        clearTimeout(hint);
        this.fail(error);
        return;
      }
      if (error instanceof Interrupted) {
        // The engine threw the worker away and opened the demo again: go on with that.
        this.startOnDemo(error);
      } else this.storageProblem(error);
      if (!this.baseline) {
        try {
          this.baseline = await this.project.snapshot();
          this.state = (await this.project.state()).state;
          await this.refresh({ step: false });
        } catch (failure) {
          clearTimeout(hint);
          this.fail(failure);
          return;
        }
      }
    }
    this.engine.limit = WATCHDOG.run;
    this.tabs.hello();
    // Saving waits a moment for the other tabs to answer, so a second tab never writes first.
    this.peersAnswered = new Promise((resolve) => setTimeout(resolve, 150));
    window.addEventListener('hashchange', () => void this.openShared());
    this.setStatus('status.ready', 'ready');
    this.terminal.ready(t('console.placeholder'));
    const first = own(this.baseline?.files, 'app/models.py') !== undefined ? 'app/models.py' : Object.keys(this.baseline?.files ?? {})[0];
    if (first) await this.openFile(first, false);
    this.terminal.focus();
    this.started = true;
    clearTimeout(hint);
    this.clearBanner('loading');
    this.timings.readyAt = performance.now();
    document.body.dataset.ready = 'true';
    markStarted();
    if (!safe) await this.openShared();
  }

  /**
   * Loading the saved project was stopped (the watchdog, the Stop button, or the worker died on
   * it): the demo is open. Say so; do not save over the saved project until the user chooses.
   */
  private startOnDemo(cause: Interrupted): void {
    this.baseline = undefined;
    this.entries = [];
    this.redoStack = [];
    this.hasWork = false;
    this.passive = true;
    this.safeBanner(cause);
  }

  /** Shown while a start takes long: the way out is a safe start. */
  private loadingBanner(): void {
    if (this.started) return;
    this.lasting('loading', () => this.banner('loading', 'info', [t('safe.loading')], [[t('safe.start'), () => location.assign(safeUrl()), 'loading-safe']], false));
  }

  /** The saved project was not loaded (and why): load it after all, or discard it. */
  private safeBanner(why: 'asked' | 'unfinished' | Interrupted): void {
    this.lasting('safe', () => this.banner('safe', 'warning', [el('strong', undefined, t('safe.title')), safeStartText(why), t('safe.choose')], [
      [t('safe.load'), () => {
        markStarted();
        location.assign(normalUrl());
      }, 'safe-load'],
      [t('safe.discard'), () => void this.discardSaved(), 'safe-discard'],
    ], false));
  }

  /**
   * The engine started a new worker after `cause` and put back the last recorded project (or
   * could not: then the demo is open). The request that failed has said what happened already.
   */
  private async restarted(cause: Interrupted, outcome: { state?: State; error?: unknown }): Promise<void> {
    if (!this.started) return; // the start handles its own
    if (cause.reason === 'crashed') this.terminal.print(t('engine.restartedNote'), 'note');
    try {
      if (outcome.state) this.state = outcome.state;
      else {
        if (outcome.error) {
          this.passive = true;
          this.banner('restart', 'error', [el('strong', undefined, t('engine.restoreFailedTitle')), t('engine.restoreFailed', this.describe(outcome.error))]);
        }
        this.baseline = await this.need().snapshot();
        this.state = (await this.need().state()).state;
      }
      await this.refresh({ step: false });
    } catch (error) {
      this.report(error);
    }
  }

  /** Saved data could not be read: keep the demo, do not save over it, offer a reset. */
  private storageProblem(error: unknown): void {
    const message = error instanceof StorageError || error instanceof RevlabError ? error.message : String(error);
    if (error instanceof StorageError && error.kind === 'unavailable') {
      this.lasting('storage', () => this.banner('storage', 'warning', [t('storage.unavailable', message)]));
      return;
    }
    this.passive = true;
    this.lasting('storage', () => this.banner('storage', 'error', [el('strong', undefined, t('storage.corruptTitle')), t('storage.corrupt', message)], [
      [t('storage.resetSaved'), () => void this.discardSaved(), 'recover-reset'],
    ], false));
  }

  private async discardSaved(): Promise<void> {
    try {
      await this.store.clear();
    } catch {
      /* a store that cannot even clear: we still continue with the demo */
    }
    this.passive = false;
    await this.resetPlayground(true);
  }

  // --- refreshing the views ----------------------------------------------------------------------------
  /** Shows another database in the schema and data panes (--multidb). */
  private async showDatabase(key: string): Promise<void> {
    if (key === this.database) return;
    this.database = key;
    await this.refresh({ step: false });
  }

  private async refresh(options: { step: boolean }): Promise<void> {
    const project = this.need();
    const snap = this.baseline!;
    // Asked first: the worker answers while the page draws. Between the panes, the page yields,
    // so that a long history's drawing is several short tasks rather than one long stall.
    // A bind database the models no longer declare (and that does not exist) is no longer shown.
    const databases = this.state.databases ?? [];
    if (this.database && !databases.some((d) => d.key === this.database)) this.database = '';
    for (const switcher of this.databaseSwitches) switcher.update(databases, this.database);
    const database = this.database;
    const schema = project.schema(database);
    schema.catch(() => undefined);
    this.showState(this.state);
    await yieldToPage();
    this.tree.update(snap.files);
    const open = this.editor.path;
    if (open) {
      const content = own(snap.files, open);
      if (content === undefined) {
        this.editor.close(t('editor.gone', open));
        this.tree.select(undefined);
      } else if (!this.pendingWrites.has(open)) this.editor.refresh(open, content);
    }
    const { tables } = await schema;
    this.tables = tables;
    const shownDatabase = database ? own(snap.binds, database) ?? '' : snap.database;
    // Another database: the last step's changes were those of the one shown before.
    if (database !== this.schemaDatabase) this.schema.clearDiff();
    this.schema.update(tables, options.step && database === this.schemaDatabase, shownDatabase !== '');
    this.schemaDatabase = database;
    await this.data.update(tables, this.tab === 'data');
    this.updateButtons();
    this.lessons.context(this.lessonContext());
  }

  private showState(state: State): void {
    this.state = state;
    this.graph.update(state);
    this.history.update(state);
    if (state.error) this.editor.showError({ message: state.error, ...state.where });
    else this.editor.showError(null);
  }

  private updateButtons(): void {
    this.verbButtons.get('merge')!.disabled = this.state.heads.length < 2;
    this.verbButtons.get('downgrade')!.disabled = this.state.current.length === 0;
    this.undoButton.disabled = this.entries.length === 0;
    this.redoButton.disabled = this.redoStack.length === 0;
    this.timings.snapshotBytes = this.entries.reduce((sum, entry) => sum + snapshotBytes(entry.before), 0);
    this.timetravel.update(this.entries);
  }

  private lessonContext(): LessonContext {
    return {
      state: this.state,
      tables: this.tables,
      lastLine: this.lastLine,
      lastExit: this.lastExit,
      lastOutput: this.lastOutput,
      commands: this.commands,
      lastChanged: this.lastChanged,
      query: async (sql) => (await this.need().query(sql)).rows,
      file: (path) => own(this.baseline?.files, path),
    };
  }

  // --- recording changes ----------------------------------------------------------------------------------
  /** Edits since the baseline become part of it (edits do not make time-travel entries). */
  private async settle(): Promise<void> {
    await this.flushWrites();
    if (this.dirty) {
      this.baseline = await this.need().snapshot();
      this.dirty = false;
    }
  }

  /**
   * After something that may have changed the project: when it did, the state before it becomes a
   * time-travel entry; then the views refresh and the project is saved.
   */
  private async record(label: string | Label, refreshState = false): Promise<void> {
    const project = this.need();
    const now = await project.snapshot();
    const before = this.baseline;
    const changed = !sameSnapshot(before, now);
    // The empty database a read-only command leaves is no change (no entry), but it is saved as it is.
    const differs = changed || before?.database !== now.database;
    const what = typeof label === 'string' ? { label } : label;
    if (changed && before) this.keepEntry({ id: this.nextEntry++, ...what, time: Date.now(), before });
    if (changed) this.redoStack = [];
    this.baseline = now;
    if (refreshState) this.state = (await project.state()).state;
    await this.refresh({ step: true });
    if (differs) this.save();
    this.lastChanged = changed;
    await this.lessons.event(this.lessonContext());
  }

  /** A new time-travel entry, unless its snapshot alone is over the byte cap; then the caps apply. */
  private keepEntry(entry: Entry): void {
    const size = snapshotBytes(entry.before);
    if (size > SNAPSHOT_CAP) {
      this.timetravel.notify('snap.tooLarge', labelText(entry), megabytes(size), megabytes(SNAPSHOT_CAP));
      return;
    }
    this.entries.push(entry);
    this.capEntries();
  }

  /** Drops the oldest entries past MAX_ENTRIES (silently, as it always has) and past the byte cap (saying so in the pane). */
  private capEntries(): void {
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    let total = this.entries.reduce((sum, entry) => sum + snapshotBytes(entry.before), 0);
    let drop = 0;
    while (total > SNAPSHOT_CAP) total -= snapshotBytes(this.entries[drop++].before);
    if (drop === 0) return;
    this.entries.splice(0, drop);
    this.timetravel.notify('snap.dropped', megabytes(SNAPSHOT_CAP));
  }

  // --- the console ----------------------------------------------------------------------------------------
  async run(line: string): Promise<void> {
    if (!this.project) return;
    if (this.preparingLesson) {
      this.terminal.print(t('lessons.preparing'), 'note');
      return;
    }
    const started = performance.now();
    this.setStatus('status.running', 'busy');
    try {
      await this.settle();
      const reply = await this.project.run(line);
      this.terminal.printAll(reply.output.map((out) => ({ text: out.text, kind: out.stream })));
      if (reply.exit_code !== 0) this.terminal.printExit(reply.exit_code);
      const hints: string[] = [];
      for (const key of reply.hints ?? []) {
        const message = `hint.${key}`;
        if (!isMessageKey(message)) continue;
        this.terminal.printHint(t('hint.label'), t(message));
        hints.push(`${t('hint.label')} ${t(message)}`);
      }
      this.lastLine = line;
      this.commands++;
      this.lastExit = reply.exit_code;
      this.lastOutput = reply.output.map((out) => out.text);
      this.state = reply.state;
      await this.record(line);
      this.editor.showRunMarks(runMarks(this.lastOutput, (path) => own(this.baseline?.files ?? {}, path) !== undefined, hints));
      this.setStatus('status.ready', 'ready');
    } catch (error) {
      this.report(error);
      if (!(error instanceof WorkerFailure)) this.setStatus('status.ready', 'ready');
    }
    const ms = performance.now() - started;
    this.timings.count++;
    this.timings.runs.push({ line, ms });
    if (this.timings.runs.length > MAX_TIMINGS) this.timings.runs.splice(0, this.timings.runs.length - MAX_TIMINGS);
    document.body.dataset.lastRunMs = ms.toFixed(1);
  }

  // --- files and the editor ----------------------------------------------------------------------------------
  private readonly writeSoon = debounce(300, () => void this.flushWrites());

  private onEdit(path: string, content: string): void {
    this.pendingWrites.set(path, content);
    this.writeSoon();
  }

  private async flushWrites(): Promise<void> {
    this.writeSoon.cancel();
    if (this.pendingWrites.size === 0 || !this.project) return;
    const writes = [...this.pendingWrites];
    this.pendingWrites.clear();
    try {
      let refused: string | undefined;
      for (const [path, content] of writes) {
        try {
          await this.project.writeFile(path, content);
        } catch (error) {
          if (!(error instanceof RevlabError)) throw error;
          // The core refused the content (e.g. past the project's 64 MiB of files). The editor still
          // shows it, and the next command would quietly put back the saved text: say it was not saved.
          refused = t('editor.notSaved', path, this.describe(error));
          continue;
        }
        if (own(this.baseline?.files, path) !== content) this.dirty = true;
      }
      const { state } = await this.project.state();
      this.showState(state);
      if (refused) {
        this.terminal.print(`revlab: ${refused}`, 'error');
        this.editor.showError({ message: refused });
      }
      this.updateButtons();
      this.saveSoon();
      this.lessonEventSoon();
    } catch (error) {
      this.report(error);
    }
  }

  private readonly lessonEventSoon = debounce(200, () => {
    void this.settle().then(() => this.lessons.event(this.lessonContext()));
  });

  async openFile(path: string, focus = true): Promise<void> {
    if (!this.project) return;
    await this.flushWrites();
    try {
      const file = await this.project.readFile(path);
      this.editor.open(file.path, file.content);
      this.tree.select(file.path);
      if (this.state.error) this.editor.showError({ message: this.state.error, ...this.state.where });
      if (focus) this.editor.focus();
    } catch (error) {
      if (error instanceof RevlabError) this.editor.close(this.describe(error));
      else this.report(error);
    }
  }

  private async deleteFile(path: string): Promise<void> {
    const answer = await openDialog({
      title: t('files.deleteTitle'),
      body: [t('files.deleteBody', path)],
      actions: [{ label: t('files.deleteOk'), value: 'delete', kind: 'danger' }],
    });
    if (!answer) return;
    try {
      await this.settle();
      await this.need().deleteFile(path);
      this.editor.forget(path);
      await this.record(`rm ${path}`, true);
    } catch (error) {
      this.report(error);
    }
  }

  /** Adds `line` to the model class in app/models.py, in the editor (so the learner sees it), unless it is there. */
  private async addModelField(line: string): Promise<void> {
    await this.openFile('app/models.py');
    const name = line.trim().split(/\s*=/)[0];
    if (new RegExp(`^\\s+${name}\\s*=\\s*db\\.Column\\(`, 'm').test(this.editor.content() ?? '')) return;
    if (!this.editor.insertAfter(/^\s+\w+\s*=\s*db\.Column\(/, line)) {
      this.terminal.print(t('lessons.editFailed'), 'error');
      return;
    }
    await this.flushWrites();
  }

  /** A lesson's edit of a file, recorded as a change (Undo takes it back), then shown in the editor. */
  private async rewriteFile(path: string, edit: (content: string) => string, label: string): Promise<void> {
    try {
      await this.settle();
      const before = own(this.baseline?.files, path);
      if (before === undefined) return;
      await this.need().writeFile(path, edit(before));
      await this.record(label, true);
      await this.openFile(path, false);
    } catch (error) {
      this.report(error);
    }
  }

  private async writeFiles(files: Record<string, string>, label: string): Promise<void> {
    try {
      await this.settle();
      for (const [path, content] of Object.entries(files)) await this.need().writeFile(path, content);
      this.terminal.print(t('lessons.wrote', Object.keys(files).join(', ')), 'note');
      await this.record(label, true);
    } catch (error) {
      this.report(error);
    }
  }

  // --- buttons for the common verbs ---------------------------------------------------------------------------
  private async migrate(): Promise<void> {
    const answer = await openDialog({
      title: t('migrate.title'),
      body: [t('migrate.body')],
      input: { label: t('migrate.label'), placeholder: 'add user email field', testid: 'migrate-message', required: true },
      actions: [{ label: t('migrate.ok'), value: 'migrate', testid: 'migrate-ok' }],
    });
    if (!answer) return;
    await this.terminal.execute(`flask db migrate -m ${shellQuote(answer.value.trim())}`);
  }

  private async downgradeOne(): Promise<void> {
    if (await this.confirmDataLoss('flask db downgrade', t('move.downgradeTitle', '-1'))) await this.terminal.execute('flask db downgrade');
  }

  private async stamp(): Promise<void> {
    const heads = this.state.heads;
    const options = [
      { value: 'head', label: `head (${heads.length > 8 ? `${heads.slice(0, 8).join(', ')}, …` : heads.join(', ') || '—'})` },
      // The newest 500: a list of 10,000 is of no use (the console takes any id, with Tab).
      ...this.state.revisions.slice(0, 500).map((rev) => ({ value: rev.id, label: `${rev.id}: ${rev.message}` })),
      { value: 'base', label: t('stamp.base') },
    ];
    const answer = await openDialog({
      title: t('stamp.title'),
      body: [t('stamp.body')],
      select: { label: t('stamp.label'), options, value: 'head', testid: 'stamp-target' },
      actions: [{ label: t('stamp.ok'), value: 'stamp', testid: 'stamp-ok' }],
    });
    if (!answer) return;
    await this.terminal.execute(`flask db stamp ${shellWord(answer.value)}`);
  }

  /** Runs a dry run; when it would discard data, asks first. True: go ahead. */
  private async confirmDataLoss(line: string, title: string): Promise<boolean> {
    let warnings: string[] = [];
    try {
      await this.settle();
      const dry = await this.need().dryRun(line);
      warnings = dry.output.map((out) => out.text).filter((text) => SAFETY.test(text));
    } catch (error) {
      this.report(error);
      return false;
    }
    if (warnings.length === 0) return true;
    const answer = await openDialog({
      title,
      testid: 'dataloss-dialog',
      body: [this.warningBox(warnings)],
      actions: [{ label: t('move.discard'), value: 'run', kind: 'danger', testid: 'dataloss-ok' }],
    });
    return answer !== null;
  }

  private warningBox(warnings: string[]): HTMLElement {
    const box = el('div', 'dataloss');
    box.dataset.testid = 'dataloss-warning';
    box.append(el('strong', undefined, t('move.dataLoss')));
    const ul = el('ul');
    for (const w of warnings) ul.append(el('li', undefined, w.replace(SAFETY, '')));
    box.append(ul, el('p', 'hint', t('move.undoHint')));
    return box;
  }

  // --- the graph: moving the database to a revision --------------------------------------------------------------
  private async moveTo(target: string): Promise<void> {
    if (!this.project || this.terminal.isBusy) return;
    const current = this.state.current;
    if ((target === BASE && current.length === 0 && this.baseline?.database) || (current.length === 1 && current[0] === target)) {
      this.terminal.print(t('move.already', target === BASE ? '<base>' : target), 'note');
      return;
    }
    const below = ancestors(this.state, current);
    const down = target === BASE ? current.length > 0 : below.has(target);
    const verb = down ? 'downgrade' : 'upgrade';
    // Ids are user data: quoted as a shell would, so "a b" or "it's" stays one word.
    const word = shellWord(target);
    const line = `flask db ${verb} ${word}`;
    // The SQL it would run, offline: from the current revision when there is exactly one.
    const sqlLine = current.length === 1 ? `flask db ${verb} ${shellWord(current[0])}:${word} --sql` : current.length === 0 && !down ? `flask db upgrade ${word} --sql` : undefined;
    let sql: string[] = [];
    let warnings: string[] = [];
    let failure: string | undefined;
    // Offline, a script that reads rows gets nothing back and fails (under Flask-Migrate too): the SQL
    // before it is only part of the move, and the dialog must say so rather than show it as the whole.
    let previewStopped: string | undefined;
    try {
      await this.settle();
      const [preview, dry] = await Promise.all([sqlLine ? this.project.dryRun(sqlLine) : undefined, this.project.dryRun(line)]);
      if (preview) sql = preview.output.filter((out) => out.stream === 'stdout').map((out) => out.text);
      if (preview && preview.exit_code !== 0) {
        previewStopped = preview.output.filter((out) => out.stream === 'stderr' && !out.text.startsWith('INFO')).map((out) => out.text).join('\n');
      }
      warnings = dry.output.map((out) => out.text).filter((text) => SAFETY.test(text));
      if (dry.exit_code !== 0) failure = dry.output.map((out) => out.text).filter((text) => !text.startsWith('INFO')).join('\n');
    } catch (error) {
      this.report(error);
      return;
    }
    const body: (Node | string)[] = [el('p', 'mono-line', `$ ${line}`)];
    if (failure) {
      const box = el('div', 'dataloss');
      box.dataset.testid = 'move-failure';
      const failed = el('pre', 'sql-preview', failure);
      failed.tabIndex = 0;
      box.append(el('strong', undefined, t('move.wouldFail')), failed);
      body.push(box);
    }
    if (warnings.length) body.push(this.warningBox(warnings));
    body.push(el('div', 'field-label', t('move.sqlTitle')));
    const pre = el('pre', 'sql-preview', sql.join('\n').trim() || t('move.noSql'));
    pre.dataset.testid = 'sql-preview';
    pre.tabIndex = 0; // a long preview scrolls: the keyboard must reach it
    body.push(pre);
    if (previewStopped !== undefined) {
      const note = el('div', 'preview-stopped');
      note.dataset.testid = 'sql-preview-stopped';
      const why = el('pre', 'sql-preview', previewStopped);
      why.tabIndex = 0;
      note.append(el('p', undefined, t('move.previewStopped')), why);
      body.push(note);
    }
    const title = t(down ? 'move.downgradeTitle' : 'move.upgradeTitle', target === BASE ? '<base>' : target);
    const answer = await openDialog({
      title,
      body,
      wide: true,
      testid: 'move-dialog',
      actions: [{
        label: warnings.length ? t('move.discard') : t(down ? 'move.runDowngrade' : 'move.runUpgrade'),
        value: 'run',
        kind: warnings.length ? 'danger' : 'primary',
        testid: 'move-run',
      }],
    });
    if (answer) await this.terminal.execute(line);
  }

  // --- data ------------------------------------------------------------------------------------------------------
  private async seed(table: string, count: number): Promise<number> {
    const project = this.need();
    await this.settle();
    const info = this.tables.find((tb) => tb.name === table);
    if (!info) throw new Error(t('data.noTable', table));
    const fkValues = new Map<string, (string | number | null)[]>();
    for (const fk of info.foreign_keys) {
      const { rows } = await project.query(
        `SELECT DISTINCT ${quoteIdent(fk.references[0])} FROM ${quoteIdent(fk.table)} LIMIT 100`,
        undefined,
        this.database,
      );
      fkValues.set(fk.columns[0], rows.map((row) => row[0]));
    }
    await project.query(seedStatement(info, count, fkValues, this.nextEntry + info.row_count), undefined, this.database);
    await this.record(message('data.seedLabel', count, table));
    return count;
  }

  // --- lessons: each runs on its own clean copy of the demo -----------------------------------------------
  /**
   * Puts the user's project aside (the first time: its snapshot, time travel and Redo), then gives
   * `lesson` a fresh copy of the demo, brought to the lesson's starting state by its setup. The
   * setup's commands are not recorded: the lesson's time travel starts empty.
   */
  private async enterLesson(lesson: Lesson): Promise<void> {
    this.preparingLesson = true;
    try {
      await this.prepareLesson(lesson);
    } finally {
      this.preparingLesson = false;
    }
  }

  private async prepareLesson(lesson: Lesson): Promise<void> {
    const project = this.need();
    await this.settle();
    if (!this.home) {
      this.save();
      await this.saving;
      this.home = { project: this.baseline!, entries: this.entries, redo: this.redoStack };
      this.terminal.print(t('lessons.homeKept'), 'note');
    }
    this.entries = [];
    this.redoStack = [];
    await project.reset('visits');
    const demo = await project.snapshot();
    this.lessonDemo = demo.files;
    const setup: LessonSetup = {
      run: async (line) => {
        const reply = await project.run(line);
        if (reply.exit_code !== 0) throw new Error(`${line}: ${reply.output.map((o) => o.text).join(' ')}`);
      },
      query: async (sql) => void (await project.query(sql)),
      read: (path) => own(demo.files, path),
      write: async (path, content) => void (await project.writeFile(path, content)),
      remove: async (path) => void (await project.deleteFile(path)),
    };
    await lesson.setup?.(setup);
    for (const path of Object.keys(this.baseline?.files ?? {})) this.editor.forget(path);
    this.baseline = await project.snapshot();
    this.dirty = false;
    this.state = (await project.state()).state;
    this.lastLine = '';
    this.lastExit = 0;
    this.lastOutput = [];
    this.clearMomentBanners();
    this.data.newProject();
    this.schema.clearDiff();
    const title = lang() === 'zh' ? lesson.title.zh : lesson.title.en;
    this.terminal.print(t('lessons.started', title, lang() === 'zh' ? lesson.start.zh : lesson.start.en), 'note');
    await this.refresh({ step: false });
    if (!this.editor.path) await this.openFile('app/models.py', false);
  }

  /** The user's project, time travel and Redo back as they were before the first lesson. */
  private async leaveLesson(): Promise<void> {
    const home = this.home;
    if (!home) return;
    try {
      await this.settle();
      for (const path of Object.keys(this.baseline?.files ?? {})) this.editor.forget(path);
      await this.applySnapshot(home.project);
      this.home = undefined;
      this.entries = home.entries;
      this.redoStack = home.redo;
      this.lastLine = '';
      this.lastExit = 0;
      this.lastOutput = [];
      this.data.newProject();
      this.schema.clearDiff();
      this.terminal.print(t('lessons.homeBack'), 'note');
      await this.refresh({ step: false });
      if (!this.editor.path) await this.openFile('app/models.py', false);
    } catch (error) {
      this.report(error);
    }
  }

  // --- time travel ---------------------------------------------------------------------------------------------------
  private async travel(entry: Entry): Promise<void> {
    try {
      await this.settle();
      const before = this.baseline!;
      await this.applySnapshot(entry.before);
      const { label, key, args } = entry;
      this.keepEntry({ id: this.nextEntry++, ...message('snap.travelLabel', { label, key, args }), time: Date.now(), before });
      this.redoStack = [];
      this.terminal.print(t('snap.restored', labelText(entry)), 'note');
      await this.refresh({ step: true });
      this.save();
      await this.lessons.event(this.lessonContext());
    } catch (error) {
      this.report(error);
    }
  }

  private async undo(): Promise<void> {
    const entry = this.entries.pop();
    if (!entry) return;
    try {
      await this.settle();
      const after = this.baseline!;
      await this.applySnapshot(entry.before);
      this.redoStack.push({ entry, after });
      this.terminal.print(t('snap.undone', labelText(entry)), 'note');
      await this.refresh({ step: true });
      this.save();
      await this.lessons.event(this.lessonContext());
    } catch (error) {
      this.entries.push(entry);
      this.report(error);
    }
  }

  /** Puts back what the last Undo took back; its time-travel entry comes back with it. */
  private async redo(): Promise<void> {
    const step = this.redoStack.pop();
    if (!step) return;
    try {
      await this.settle();
      await this.applySnapshot(step.after);
      this.entries.push(step.entry);
      this.capEntries();
      this.terminal.print(t('snap.redone', labelText(step.entry)), 'note');
      await this.refresh({ step: true });
      this.save();
      await this.lessons.event(this.lessonContext());
    } catch (error) {
      this.redoStack.push(step);
      this.report(error);
    }
  }

  private async applySnapshot(snapshot: Snapshot): Promise<void> {
    const reply = await this.need().restore(snapshot);
    this.clearMomentBanners();
    this.baseline = snapshot;
    this.dirty = false;
    this.state = reply.state;
    for (const path of Object.keys(snapshot.files)) this.editor.forget(path);
  }

  private async resetPlayground(skipConfirm = false): Promise<void> {
    if (!skipConfirm) {
      const answer = await openDialog({
        title: t('reset.title'),
        body: [t('reset.body')],
        actions: [{ label: t('reset.ok'), value: 'reset', kind: 'danger', testid: 'reset-ok' }],
      });
      if (!answer) return;
    }
    try {
      await this.lessons.leave();
      await this.settle();
      const reply = await this.need().reset('visits');
      this.clearMomentBanners();
      this.data.newProject();
      this.state = reply.state;
      this.schema.clearDiff();
      this.terminal.print(t('reset.done'), 'note');
      await this.record(message('reset.label'));
      if (!this.editor.path) await this.openFile('app/models.py', false);
    } catch (error) {
      this.report(error);
    }
  }

  // --- persistence ------------------------------------------------------------------------------------------------------
  private readonly saveSoon = debounce(400, () => this.save());
  private saving = Promise.resolve();
  private peersAnswered: Promise<void> = Promise.resolve();

  /** A save is queued and not started yet: it writes the project as it is when it starts. */
  private saveQueued = false;

  private save(): void {
    this.saveSoon.cancel();
    // One queued save is enough. Queuing one per command would, when saves are slower than
    // commands (tens of MB of snapshots), pile up saves that each rewrite the same record.
    if (!this.storeReady || this.passive || this.saveQueued || this.home) return;
    this.saveQueued = true;
    this.saving = this.saving.then(() => {
      this.saveQueued = false;
      return this.persist();
    });
  }

  private async persist(): Promise<void> {
    await this.peersAnswered;
    if (this.passive) return;
    try {
      await this.settle();
      const outcome = await this.store.save({ project: this.baseline!, entries: this.entries, owner: this.tabs.id });
      if (outcome === 'conflict') {
        this.passive = true;
        this.conflictBanner('conflict');
        return;
      }
      this.clearBanner('quota');
      this.tabs.post({ type: 'saved', tab: this.tabs.id, version: this.store.version });
    } catch (error) {
      const storage = error instanceof StorageError ? error : new StorageError(String(error), 'failed');
      if (storage.kind === 'quota') {
        this.lasting('quota', () => this.banner('quota', 'error', [el('strong', undefined, t('storage.quotaTitle')), t('storage.quota')], [
          [t('storage.dropSnapshots'), () => {
            this.entries.splice(0, Math.max(0, this.entries.length - 3));
            this.updateButtons();
            this.save();
          }, 'quota-drop'],
          [t('top.resetAll'), () => void this.resetPlayground()],
        ]));
      } else this.lasting('storage', () => this.banner('storage', 'warning', [t('storage.failed', storage.message)]));
    }
  }

  /** Another tab is open (or wrote): this one stops saving until the user decides. */
  private conflictBanner(reason: 'open' | 'conflict' | 'takenOver'): void {
    this.lasting('tabs', () => this.banner('tabs', 'warning', [el('strong', undefined, t(`tabs.${reason}Title`)), t(`tabs.${reason}`)], [
      [t('tabs.reload'), () => location.reload(), 'tabs-reload'],
      [t('tabs.takeOver'), () => void this.takeOver(), 'tabs-takeover'],
    ], false));
  }

  private async takeOver(): Promise<void> {
    this.passive = false;
    this.clearBanner('tabs');
    this.tabs.post({ type: 'takeover', tab: this.tabs.id });
    try {
      await this.settle();
      await this.store.save({ project: this.baseline!, entries: this.entries, owner: this.tabs.id }, true);
      this.tabs.post({ type: 'saved', tab: this.tabs.id, version: this.store.version });
    } catch (error) {
      const detail = this.describe(error);
      this.lasting('storage', () => this.banner('storage', 'warning', [t('storage.failed', detail)]));
    }
  }

  private onTabMessage(message: TabMessage): void {
    if (message.type === 'here' && !this.passive) {
      this.passive = true;
      this.conflictBanner('open');
    } else if (message.type === 'takeover') {
      this.passive = true;
      this.conflictBanner('takenOver');
    }
  }

  // --- zip, drag and drop, share ------------------------------------------------------------------------------------------
  private async exportZip(): Promise<void> {
    try {
      await this.settle();
      const snap = await this.need().snapshot();
      const database = snap.database ? base64ToBytes(snap.database) : undefined;
      const binds: Record<string, Uint8Array> = {};
      for (const [key, value] of Object.entries(snap.binds ?? {})) if (value) binds[key] = base64ToBytes(value);
      const buffers = [database, ...Object.values(binds)].filter((b) => b !== undefined).map((b) => b.buffer);
      const zip = await this.tasks.run('exportZip', { files: snap.files, database, dirs: snap.dirs, binds }, buffers);
      const url = URL.createObjectURL(new Blob([zip as BlobPart], { type: 'application/zip' }));
      const a = el('a');
      a.href = url;
      a.download = 'revlab-backend.zip';
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      const dbs = [snap.database ? 'app.db' : '', ...Object.keys(binds).map((key) => `${key}.db`)].filter(Boolean);
      this.terminal.print(t('zip.exported', Object.keys(snap.files).length, dbs.length ? ` + ${dbs.join(', ')}` : ''), 'note');
    } catch (error) {
      this.report(error);
    }
  }

  private async importFiles(files: File[]): Promise<void> {
    if (files.length === 0) return;
    this.clearMomentBanners();
    try {
      await this.lessons.leave();
      const zips = files.filter((f) => /\.zip$/i.test(f.name));
      if (zips.length) {
        await this.importZip(new Uint8Array(await zips[0].arrayBuffer()), zips[0].name);
        return;
      }
      await this.importScripts(files);
    } catch (error) {
      const message = error instanceof ImportError ? error.message : this.describe(error);
      this.banner('import', 'error', [el('strong', undefined, t('import.failedTitle')), message]);
    }
  }

  private async importZip(bytes: Uint8Array, name: string): Promise<void> {
    // Read in the tasks worker: the directory is checked before anything inflates (zip.ts).
    const imported = await this.tasks.run('readZip', { bytes }, [bytes.buffer]);
    await this.settle();
    await this.loading(async () => {
      // restore answers with the new state: with 10,000 revisions, asking again costs seconds.
      this.state = (await this.need().restore({
        files: imported.files,
        dirs: imported.dirs,
        database: imported.database ? bytesToBase64(imported.database) : '',
        binds: Object.fromEntries(Object.entries(imported.binds).map(([key, bytes]) => [key, bytesToBase64(bytes)])),
      })).state;
    });
    this.editor.close();
    this.data.newProject();
    this.hasWork = true;
    await this.record(message('import.label', name));
    const first = own(imported.files, 'app/models.py') !== undefined ? 'app/models.py' : Object.keys(imported.files)[0];
    if (first) await this.openFile(first, false);
    const dbs = [imported.database ? 'app.db' : '', ...Object.keys(imported.binds).map((key) => `${key}.db`)].filter(Boolean);
    const note = t('import.done', Object.keys(imported.files).length, dbs.length ? ` + ${dbs.join(', ')}` : '');
    const found = summarizeImport(Object.keys(imported.files), this.state);
    const modules = found.modules.length ? ` (${found.modules.slice(0, 5).join(', ')}${found.modules.length > 5 ? ', …' : ''})` : '';
    this.banner('import', 'info', [
      note,
      t('import.found', found.revisions, t(found.envPy ? 'import.envPy' : 'import.noEnvPy'),
        t(found.models ? 'import.models' : 'import.noModels'), found.modules.length, modules),
      ...found.broken.map((b) => t('import.broken', b.path, b.error)),
      ...(imported.skipped.length ? [t('import.skipped', imported.skipped.join(', '))] : []),
    ]);
  }

  /** Dropped or picked .py files: revision scripts go to migrations/versions/, models.py to app/. */
  private async importScripts(files: File[]): Promise<void> {
    await this.settle();
    const written: string[] = [];
    const refused: string[] = [];
    for (const file of files) {
      if (!/\.py$/i.test(file.name) || file.size > 4 << 20 || /[\\/]/.test(file.name) || file.name.startsWith('.')) {
        refused.push(file.name);
        continue;
      }
      const text = await file.text();
      const path = revisionId(text) ? `migrations/versions/${file.name}` : file.name === 'models.py' ? 'app/models.py' : undefined;
      if (!path) {
        refused.push(file.name);
        continue;
      }
      await this.need().writeFile(path, text);
      written.push(path);
    }
    if (written.length) await this.record(message('import.scriptsLabel', written.length), true);
    const parts = [t('import.scripts', written.length)];
    if (refused.length) parts.push(t('import.refused', refused.join(', ')));
    this.banner('import', refused.length ? 'warning' : 'info', parts);
    if (written[0]) await this.openFile(written[0], false);
  }

  private dragAndDrop(overlay: HTMLElement): void {
    let depth = 0;
    const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');
    window.addEventListener('dragenter', (event) => {
      if (!hasFiles(event)) return;
      depth++;
      overlay.hidden = false;
    });
    window.addEventListener('dragleave', () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) overlay.hidden = true;
    });
    window.addEventListener('dragover', (event) => {
      if (hasFiles(event)) event.preventDefault();
    });
    window.addEventListener('drop', (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      overlay.hidden = true;
      void this.importFiles([...(event.dataTransfer?.files ?? [])]);
    });
  }

  private async share(): Promise<void> {
    try {
      await this.settle();
      const { files, database } = await this.need().snapshot(); // as it is now (what SQL just did included)
      await shareProject(this.tasks, location.href, files, database);
    } catch (error) {
      this.report(error);
    }
  }

  /**
   * A #project=... fragment: load its files, and its database if it carries one (&db=, else an
   * empty one; the current project stays in time travel). It is decoded in the tasks worker, asks first when it would replace work, and
   * loads under the start watchdog: nothing in it runs.
   */
  private async openShared(): Promise<void> {
    const value = shareFromHash(location.hash);
    if (value === undefined) return;
    const data = linkDatabase(this.tasks, location.hash);
    history.replaceState(null, '', location.pathname + location.search);
    try {
      const [files, database] = await Promise.all([this.tasks.run('decodeShare', { value }), data.read()]);
      const count = Object.keys(files).length;
      // A first visit has no project of its own (the demo it opened with is not the user's work).
      const hadWork = this.hasWork || this.entries.length > 0 || this.dirty || this.pendingWrites.size > 0;
      if (hadWork) {
        const answer = await openDialog({
          title: t('share.askTitle'),
          body: [t('share.askBody', count)],
          actions: [{ label: t('share.open'), value: 'open', testid: 'share-open' }],
          testid: 'share-ask',
        });
        if (!answer) {
          this.banner('share', 'info', [t('share.kept')]);
          return;
        }
      }
      await this.lessons.leave();
      await this.settle();
      markStarting();
      try {
        await this.loading(async () => {
          this.state = (await this.need().restore({ files, dirs: ['migrations/versions'], database })).state;
        });
        this.editor.close();
        this.data.newProject();
        this.clearMomentBanners();
        this.hasWork = true;
        await this.record(message('share.label'));
      } finally {
        markStarted();
      }
      const first = own(files, 'app/models.py') !== undefined ? 'app/models.py' : Object.keys(files)[0];
      await this.openFile(first, false);
      this.banner('share', 'info', [data.opened(count, hadWork)]);
    } catch (error) {
      const message = error instanceof ShareError ? error.message : this.describe(error);
      this.banner('share', 'error', [el('strong', undefined, t('share.failedTitle')), message]);
    }
  }

  /** Loads what a link or an import holds under the start watchdog (shorter than a command's). */
  private async loading(load: () => Promise<void>): Promise<void> {
    this.engine.limit = WATCHDOG.start;
    try {
      await load();
    } finally {
      this.engine.limit = WATCHDOG.run;
    }
  }
}
