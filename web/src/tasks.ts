// The page's side of the tasks worker (tasks.worker.ts): layout, zips and share links run there,
// so the page never stalls on them. A task that runs past its time limit ends the worker (a new
// one starts on the next task) and fails with a clear message; errors keep their type.
import type { Layout, PackedRevisions } from './layout';
import { ShareError } from './share';
import type { DatabaseProblem, LinkData } from './share-db';
import { ImportError, type Imported } from './zip';

export type TaskRequest =
  | { id: number; op: 'layout'; revisions: PackedRevisions }
  | { id: number; op: 'readZip'; bytes: Uint8Array }
  | {
      id: number;
      op: 'exportZip';
      files: Record<string, string>;
      database?: Uint8Array;
      dirs: string[];
      binds?: Record<string, Uint8Array>;
    }
  | { id: number; op: 'decodeShare'; value: string }
  | { id: number; op: 'encodeShare'; files: Record<string, string> }
  | { id: number; op: 'encodeShareDb'; database: string }
  | { id: number; op: 'decodeShareDb'; value: string };

export type TaskReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; kind: 'import' | 'share' | 'other'; message: string };

type Op = TaskRequest['op'];
type Args<O extends Op> = Omit<Extract<TaskRequest, { op: O }>, 'id' | 'op'>;
interface Results {
  layout: Layout;
  readZip: Imported;
  exportZip: Uint8Array;
  decodeShare: Record<string, string>;
  encodeShare: string;
  encodeShareDb: LinkData;
  decodeShareDb: { database: string } | { problem: DatabaseProblem };
}

/** No task takes this long on a legitimate input (each one is bounded by the limits of zip.ts). */
const TASK_LIMIT_MS = 30_000;

export class Tasks {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; timer: ReturnType<typeof setTimeout> }>();

  run<O extends Op>(op: O, args: Args<O>, transfer: Transferable[] = []): Promise<Results[O]> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<Results[O]>((resolve, reject) => {
      const timer = setTimeout(() => this.reset(new Error(`the ${op} task ran past ${TASK_LIMIT_MS / 1000} s and was stopped`)), TASK_LIMIT_MS);
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      worker.postMessage({ id, op, ...args }, transfer);
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./tasks.worker.ts', import.meta.url), { type: 'module', name: 'revlab-tasks' });
    worker.addEventListener('message', (event: MessageEvent<TaskReply>) => {
      const reply = event.data;
      const pending = this.pending.get(reply.id);
      if (!pending) return;
      this.pending.delete(reply.id);
      clearTimeout(pending.timer);
      if (reply.ok) pending.resolve(reply.result);
      else pending.reject(reply.kind === 'import' ? new ImportError(reply.message) : reply.kind === 'share' ? new ShareError(reply.message) : new Error(reply.message));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.reset(new Error(`the page's tasks worker failed: ${event.message || 'it could not be loaded'}`));
    });
    this.worker = worker;
    return worker;
  }

  /** Ends the worker and every task waiting on it. */
  private reset(error: Error): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const { reject, timer } of this.pending.values()) {
      clearTimeout(timer);
      reject(error);
    }
    this.pending.clear();
  }
}
