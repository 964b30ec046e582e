// Wiring: lays out the page, starts the worker, opens the example project and connects the panes.
import './style.css';
import { RevlabClient, RevlabError, WorkerFailure, type Project } from './client';
import { Console } from './console';
import { FileTree, FileViewer } from './files';
import { HistoryPane } from './history';
import type { State } from './api';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const app = document.getElementById('app')!;

const status = el('span', 'status', 'loading');
status.dataset.testid = 'status';
status.setAttribute('role', 'status');
const header = el('header', 'topbar');
const brand = el('div', 'brand');
brand.append(el('h1', undefined, 'Revlab'), el('p', 'tagline',
  'A Flask-Migrate / Alembic playground: run the flask db workflow against a real SQLite database, in your browser.'));
header.append(brand, status);

const banner = el('div', 'banner');
banner.setAttribute('role', 'alert');
banner.hidden = true;

let project: Project | undefined;
const viewer = new FileViewer();
const tree = new FileTree((path) => void openFile(path));
const history = new HistoryPane((path) => void openFile(path));
const terminal = new Console({ prompt: 'backend $ ', onRun: run });

const center = el('div', 'center');
center.append(viewer.element, terminal.element);
const workspace = el('main', 'workspace');
workspace.append(tree.element, center, history.element);
app.replaceChildren(header, banner, workspace);

function setStatus(text: string, kind: 'loading' | 'ready' | 'busy' | 'failed'): void {
  status.textContent = text;
  status.dataset.kind = kind;
}

function describe(error: unknown): string {
  if (error instanceof RevlabError && error.where) {
    const { file, line, column } = error.where;
    return `${[file, line, column].filter((part) => part !== undefined).join(':')}: ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** The worker or the module is gone (or the project cannot open): say so plainly, keep the page. */
function fail(error: unknown): void {
  if (!banner.hidden) return;
  const detail = describe(error);
  const what = error instanceof WorkerFailure ? 'Revlab could not run its WebAssembly core.' : 'Revlab could not open its project.';
  banner.replaceChildren(
    el('strong', undefined, what),
    el('div', 'detail', detail),
    el('div', 'hint', 'Revlab needs a browser with WebAssembly and module workers (a current Chrome, Firefox or Safari). Reload the page to try again.'),
  );
  banner.hidden = false;
  setStatus('failed', 'failed');
  terminal.print(`revlab: ${detail}`, 'error');
  terminal.stop('unavailable');
  document.body.dataset.ready = 'failed';
}

function report(error: unknown): void {
  if (error instanceof WorkerFailure) fail(error);
  else terminal.print(`revlab: ${describe(error)}`, 'error');
}

async function refreshFiles(): Promise<void> {
  if (!project) return;
  const { files } = await project.files();
  tree.update(files);
  const open = viewer.path;
  if (!open) return;
  if (files.some((file) => file.path === open)) await openFile(open);
  else {
    viewer.empty('This file no longer exists.', open);
    tree.select(undefined);
  }
}

async function openFile(path: string): Promise<void> {
  if (!project) return;
  try {
    const file = await project.readFile(path);
    viewer.show(file.path, file.content);
    tree.select(file.path);
  } catch (error) {
    if (error instanceof RevlabError) viewer.empty(describe(error), path);
    else report(error);
  }
}

function showState(state: State): void {
  history.update(state);
}

async function run(line: string): Promise<void> {
  if (!project) return;
  setStatus('running', 'busy');
  try {
    const reply = await project.run(line);
    for (const out of reply.output) terminal.print(out.text, out.stream);
    if (reply.exit_code !== 0) terminal.printExit(reply.exit_code);
    showState(reply.state);
    await refreshFiles();
    setStatus('ready', 'ready');
  } catch (error) {
    report(error);
    if (!(error instanceof WorkerFailure)) setStatus('ready', 'ready');
  }
}

async function start(): Promise<void> {
  terminal.print('Revlab runs the flask db commands of the migrations guide on its "visits" example.', 'note');
  terminal.print('Try: uv run flask db upgrade · flask db current · flask db history · flask db downgrade', 'note');
  let worker: Worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'revlab' });
  } catch (error) {
    fail(new WorkerFailure(`the worker could not be started: ${describe(error)}`));
    return;
  }
  const client = new RevlabClient(worker, fail);
  try {
    project = await client.open({ example: 'visits' });
    const [{ state }] = await Promise.all([project.state(), refreshFiles()]);
    showState(state);
  } catch (error) {
    fail(error);
    return;
  }
  setStatus('ready', 'ready');
  terminal.ready('type a command, e.g. flask db upgrade');
  document.body.dataset.ready = 'true';
}

void start();
