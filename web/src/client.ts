// A typed async client for the wasm module in the Worker: one method per request of the JSON API
// (wasm/API.md). An `{ok:false}` reply becomes a RevlabError; a failure of the worker itself
// (module not loaded, trapped, worker script missing) becomes a WorkerFailure.
import type { ErrorReply, OpenOptions, Reply, Request, Requests, Command, Revision, Snapshot, SqlValue, State, Where } from './api';
import type { FromWorker, ToWorker } from './protocol';
import { noteFilesChars } from './snapshots';

/** The core refused a request: the message is for the user (e.g. a syntax error in a script). */
export class RevlabError extends Error {
  readonly where?: Where;
  constructor(reply: ErrorReply) {
    super(reply.error);
    this.name = 'RevlabError';
    this.where = reply.where;
  }
}

/** The worker or the WebAssembly module could not do its job at all. */
export class WorkerFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerFailure';
  }
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Payload<C extends Command> = Omit<Request<C>, 'cmd'>;
type Ok<C extends Command> = Requests[C]['reply'];

/** What a Project sends its requests through: a client, or the engine that supervises one. */
export interface Caller {
  call<C extends Command>(handle: number, cmd: C, payload: Payload<C>): Promise<Ok<C>>;
  close(handle: number): Promise<void>;
}

export class RevlabClient implements Caller {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private dead: WorkerFailure | undefined;
  /** Per handle: the revisions and files last received (the worker sends "the same" instead of them again: worker.ts). */
  private readonly received = new Map<number, { revisions?: Revision[]; files?: Record<string, string> }>();

  /** `onFailure` hears once when the worker dies (its script failed to load or to run). */
  constructor(
    private readonly worker: Worker,
    private readonly onFailure: (failure: WorkerFailure) => void = () => {},
  ) {
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => this.settle(event.data));
    worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      this.fail(new WorkerFailure(event.message || 'the worker script could not be loaded'));
    });
    worker.addEventListener('messageerror', () => this.fail(new WorkerFailure('a worker message could not be read')));
  }

  /** Opens a project (default: the "visits" example) and returns a handle to it. */
  async open(options: OpenOptions = { example: 'visits' }): Promise<Project> {
    const handle = (await this.post({ id: 0, op: 'open', options })) as number;
    return new Project(this, handle);
  }

  /** Sends one request of the JSON API for a project; throws RevlabError on `{ok:false}`. */
  async call<C extends Command>(handle: number, cmd: C, payload: Payload<C>): Promise<Ok<C>> {
    const request = { cmd, ...payload } as unknown as Request;
    const reply = (await this.post({ id: 0, op: 'call', handle, request })) as Reply<C>;
    if (!reply || typeof reply !== 'object') throw new WorkerFailure('the module sent no JSON object');
    this.fillIn(handle, reply);
    if (reply.ok === false) throw new RevlabError(reply);
    return reply;
  }

  /**
   * Puts back what the worker left out as "the same as last time": the files of a snapshot (the
   * very object, so snapshots share it), and the revisions with `is_current` from `current` (each
   * revision object reused unless its `is_current` changed).
   */
  private fillIn(handle: number, reply: object): void {
    let memo = this.received.get(handle);
    if (!memo) this.received.set(handle, (memo = {}));
    const r = reply as { state?: State & { same_revisions?: boolean }; files?: Record<string, string> | null; same_files?: boolean; files_chars?: number; database?: unknown };
    const state = r.state;
    if (state && typeof state === 'object') {
      if (state.same_revisions && memo.revisions) {
        const current = new Set(state.current);
        state.revisions = memo.revisions.map((rev) => (rev.is_current === current.has(rev.id) ? rev : { ...rev, is_current: !rev.is_current }));
        delete state.same_revisions;
      }
      if (Array.isArray(state.revisions)) memo.revisions = state.revisions;
    }
    if (typeof r.database === 'string') {
      if (r.same_files && memo.files) {
        r.files = memo.files;
        delete r.same_files;
      }
      if (r.files && typeof r.files === 'object') {
        memo.files = r.files;
        if (typeof r.files_chars === 'number') noteFilesChars(r.files, r.files_chars);
      }
      delete r.files_chars;
    }
  }

  async close(handle: number): Promise<void> {
    await this.post({ id: 0, op: 'close', handle });
    this.received.delete(handle);
  }

  private post(message: ToWorker): Promise<unknown> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  private settle(message: FromWorker): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.ok) pending.resolve(message.result);
    else pending.reject(new WorkerFailure(message.failure));
  }

  private fail(failure: WorkerFailure): void {
    if (this.dead) return;
    this.dead = failure;
    for (const { reject } of this.pending.values()) reject(failure);
    this.pending.clear();
    this.onFailure(failure);
  }
}

/** One open project: the requests of wasm/API.md as methods. */
export class Project {
  constructor(
    private readonly client: Caller,
    readonly handle: number,
  ) {}

  run(line: string) {
    return this.client.call(this.handle, 'run', { line });
  }
  state() {
    return this.client.call(this.handle, 'state', {});
  }
  files() {
    return this.client.call(this.handle, 'files', {});
  }
  readFile(path: string) {
    return this.client.call(this.handle, 'read_file', { path });
  }
  writeFile(path: string, content: string) {
    return this.client.call(this.handle, 'write_file', { path, content });
  }
  deleteFile(path: string) {
    return this.client.call(this.handle, 'delete_file', { path });
  }
  /** `database`: a bind key (`flask db init --multidb`); the app's own database when absent or "". */
  schema(database = '') {
    return this.client.call(this.handle, 'schema', database ? { database } : {});
  }
  query(sql: string, params?: SqlValue[], database = '') {
    return this.client.call(this.handle, 'query', { sql, ...(params ? { params } : {}), ...(database ? { database } : {}) });
  }
  dryRun(line: string, schema = false) {
    return this.client.call(this.handle, 'dry_run', schema ? { line, schema } : { line });
  }
  snapshot() {
    return this.client.call(this.handle, 'snapshot', {});
  }
  restore(snapshot: Partial<Snapshot>) {
    return this.client.call(this.handle, 'restore', snapshot);
  }
  reset(example: string | null = 'visits') {
    return this.client.call(this.handle, 'reset', { example });
  }
  close() {
    return this.client.close(this.handle);
  }
}
