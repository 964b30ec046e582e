// The engine: the wasm worker, supervised. Every request goes through it. A request that runs too
// long (the watchdog), that the user stops (the Stop button), or whose worker dies (a trap, an
// uncaught exception, a worker that stops answering) ends in an `Interrupted` error; the engine
// then throws the worker away, starts a new one, and puts back the project the page last recorded
// (`hooks.snapshot`), so the page stays alive and the project is as it was before the request.
//
// The watchdog counts from the worker's last sign of life (its last reply), so requests queued
// behind a slow one do not add up. The worker answers in order; a request that hangs holds up
// every request after it, and the Stop button is what lets the user out.
import type { OpenOptions, Requests, Snapshot, State, Command, Request } from './api';
import { RevlabClient, WorkerFailure, type Caller } from './client';

/** A request that did not finish: the user stopped it, it ran too long, or the worker died. */
export class Interrupted extends Error {
  constructor(
    readonly reason: 'stopped' | 'timeout' | 'crashed',
    /** What stopped it (for 'crashed': the worker's message; for 'timeout': the limit in ms). */
    readonly detail: string,
  ) {
    super(reason === 'crashed' ? `the WebAssembly core failed: ${detail}` : reason === 'timeout' ? `stopped after ${Number(detail) / 1000} s` : 'stopped');
    this.name = 'Interrupted';
  }
}

export interface EngineHooks {
  /** The project to put back into a new worker (undefined: leave the demo it opens with). */
  snapshot(): Partial<Snapshot> | undefined;
  /** True once a request has waited SLOW_MS; false when none is waiting. */
  busy(slow: boolean): void;
  /** A new worker runs: `state` is the restored project's, or `error` says why it could not be restored. */
  restarted(cause: Interrupted, outcome: { state?: State; error?: unknown }): void;
  /** The engine gave up (the worker cannot even start, or keeps dying): the page cannot go on. */
  fatal(failure: WorkerFailure): void;
}

/** A request that has waited this long shows the Stop button. */
const SLOW_MS = 400;
/** More crashes than this within RESTART_WINDOW_MS: the engine gives up. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 60_000;

type Payload<C extends Command> = Omit<Request<C>, 'cmd'>;
type Ok<C extends Command> = Requests[C]['reply'];
type Pending = { reject: (error: Error) => void };

function startWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'revlab' });
}

export class Engine implements Caller {
  private client: RevlabClient | undefined;
  private handle = 0;
  private worker: Worker | undefined;
  private options: OpenOptions = { example: 'visits' };
  /** Set while a new worker is being started: requests wait for it. */
  private recovering: Promise<void> | undefined;
  private readonly pending = new Set<Pending>();
  /** Requests not yet sent: they wait for the new worker (Stop ends them without touching it). */
  private readonly queued = new Set<Pending>();
  private lastSign = 0;
  private watchTimer: ReturnType<typeof setTimeout> | undefined;
  private slowTimer: ReturnType<typeof setTimeout> | undefined;
  private slow = false;
  private restarts: number[] = [];
  private dead: WorkerFailure | undefined;
  /** The watchdog's limit in ms (the page sets a shorter one while it loads what a link or save holds). */
  limit: number;

  constructor(
    private readonly hooks: EngineHooks,
    limit: number,
    private readonly makeWorker: () => Worker = startWorker,
  ) {
    this.limit = limit;
  }

  /** Starts the worker and opens the project; a failure here is fatal (nothing to recover to). */
  async open(options: OpenOptions = { example: 'visits' }): Promise<void> {
    this.options = options;
    await this.boot();
  }

  private async boot(): Promise<void> {
    let worker: Worker;
    try {
      worker = this.makeWorker();
    } catch (error) {
      throw new WorkerFailure(`the worker could not be started: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.worker = worker;
    const client = new RevlabClient(worker, (failure) => {
      if (this.client === client) this.crash(failure.message);
    });
    this.client = client;
    this.handle = (await this.track(client.open(this.options))).handle;
  }

  /** One request of the JSON API (the Project class calls this). */
  async call<C extends Command>(_handle: number, cmd: C, payload: Payload<C>): Promise<Ok<C>> {
    if (this.dead) throw this.dead;
    while (this.recovering) {
      await this.afterRecovery(this.recovering);
      if (this.dead) throw this.dead;
    }
    if (!this.client) throw new WorkerFailure('the project is not open');
    return this.track(this.client.call(this.handle, cmd, payload));
  }

  /** The page's one project lives as long as the page: its worker ends with it. */
  close(): Promise<void> {
    return Promise.resolve();
  }

  /**
   * Waits for a new worker to be ready; `stop()` can end the wait. The request has not been sent,
   * so ending it costs nothing and leaves the restore alone.
   */
  private afterRecovery(recovering: Promise<void>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const entry: Pending = { reject };
      this.queued.add(entry);
      void recovering.then(() => {
        if (this.queued.delete(entry)) resolve();
      });
    });
  }

  /** The user pressed Stop: every waiting request ends, and the project goes back to its last snapshot. */
  stop(): void {
    if (this.pending.size === 0 && this.queued.size === 0) return;
    const cause = new Interrupted('stopped', '');
    // A request pressed after an earlier Stop waits for the worker that replaces the stopped one:
    // Stop ends that request alone. Interrupting the restore as well would drop the user's project
    // for the demo, over a request that never reached the worker.
    if (this.queued.size > 0) {
      const waiting = [...this.queued];
      this.queued.clear();
      for (const entry of waiting) entry.reject(cause);
      return;
    }
    // While a new worker is restoring the project, Stop ends that restore (the demo stays open).
    if (this.recovering) this.interruptAll(cause);
    else void this.restart(cause);
  }

  /**
   * Follows one request: it counts for the watchdog and the Stop button, and it ends with
   * `Interrupted` when its worker is thrown away (whatever the worker answers later is ignored).
   */
  private track<T>(request: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const entry: Pending = { reject };
      if (this.pending.size === 0) this.lastSign = performance.now();
      this.pending.add(entry);
      this.watch();
      request.then(
        (value) => {
          if (!this.pending.delete(entry)) return; // already interrupted
          this.lastSign = performance.now();
          this.settled();
          resolve(value);
        },
        (error: unknown) => {
          if (!this.pending.delete(entry)) return;
          this.lastSign = performance.now();
          this.settled();
          // The module trapped (the worker marks itself broken and refuses the rest): start over.
          if (error instanceof WorkerFailure && this.handle > 0) {
            const cause = new Interrupted('crashed', error.message);
            reject(cause);
            void this.restart(cause);
            return;
          }
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  private watch(): void {
    if (!this.slowTimer && !this.slow) {
      this.slowTimer = setTimeout(() => {
        this.slowTimer = undefined;
        if (this.pending.size > 0 && !this.slow) {
          this.slow = true;
          this.hooks.busy(true);
        }
      }, SLOW_MS);
    }
    if (this.watchTimer) return;
    const check = () => {
      this.watchTimer = undefined;
      if (this.pending.size === 0) return;
      const quiet = performance.now() - this.lastSign;
      if (quiet >= this.limit) {
        const cause = new Interrupted('timeout', String(this.limit));
        if (this.recovering) this.interruptAll(cause); // the restore (or the new worker) hangs too
        else void this.restart(cause);
        return;
      }
      this.watchTimer = setTimeout(check, this.limit - quiet + 5);
    };
    this.watchTimer = setTimeout(check, Math.max(0, this.limit - (performance.now() - this.lastSign)) + 5);
  }

  private settled(): void {
    if (this.pending.size > 0) return;
    if (this.slowTimer) clearTimeout(this.slowTimer);
    this.slowTimer = undefined;
    if (this.watchTimer) clearTimeout(this.watchTimer);
    this.watchTimer = undefined;
    if (this.slow) {
      this.slow = false;
      this.hooks.busy(false);
    }
  }

  /** The worker itself failed (its script threw, or a message could not be read). */
  private crash(message: string): void {
    void this.restart(new Interrupted('crashed', message));
  }

  /**
   * Ends every waiting request with `cause`, throws the worker away, starts a new one and restores
   * the page's last snapshot. A worker that keeps dying (more than MAX_RESTARTS crashes in a
   * minute) ends in `fatal`.
   */
  private async restart(cause: Interrupted): Promise<void> {
    if (this.recovering || this.dead) return;
    if (this.handle === 0) {
      // Never opened: there is nothing to go back to.
      this.giveUp(new WorkerFailure(cause.detail || cause.message));
      return;
    }
    if (cause.reason === 'crashed') {
      const now = Date.now();
      this.restarts = this.restarts.filter((time) => now - time < RESTART_WINDOW_MS);
      this.restarts.push(now);
      if (this.restarts.length > MAX_RESTARTS) {
        this.giveUp(new WorkerFailure(`the WebAssembly core failed ${this.restarts.length} times in a minute (last: ${cause.detail})`));
        return;
      }
    }
    let done!: () => void;
    this.recovering = new Promise((resolve) => (done = resolve));
    this.interruptAll(cause);
    this.discardWorker();
    const outcome: { state?: State; error?: unknown } = {};
    try {
      await this.boot();
      const snapshot = this.hooks.snapshot();
      if (snapshot) {
        try {
          outcome.state = (await this.track(this.client!.call(this.handle, 'restore', snapshot))).state;
        } catch (error) {
          outcome.error = error;
          // The restore hung or killed the worker in turn: start once more, on the demo alone.
          if (error instanceof Interrupted || error instanceof WorkerFailure) {
            this.discardWorker();
            await this.boot();
          }
        }
      }
    } catch (error) {
      this.recovering = undefined;
      done();
      this.giveUp(error instanceof WorkerFailure ? error : new WorkerFailure(error instanceof Error ? error.message : String(error)));
      return;
    }
    this.recovering = undefined;
    done();
    this.hooks.restarted(cause, outcome);
  }

  private discardWorker(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.client = undefined;
    this.handle = 0;
  }

  private interruptAll(cause: Interrupted): void {
    const waiting = [...this.pending];
    this.pending.clear();
    this.settled();
    for (const entry of waiting) entry.reject(cause);
  }

  private giveUp(failure: WorkerFailure): void {
    if (this.dead) return;
    this.dead = failure;
    this.interruptAll(new Interrupted('crashed', failure.message));
    this.discardWorker();
    this.hooks.fatal(failure);
  }
}
