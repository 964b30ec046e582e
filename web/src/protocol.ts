// Messages between the page and the worker (src/worker.ts). Each request carries an id; the worker
// answers each with the same id, either with the module's reply or with a failure of its own
// (the module could not be loaded, or it trapped). A reply may leave out revisions or files that
// are the same as in the last reply ("same_revisions", "same_files"; worker.ts), which the client
// fills back in (client.ts).
import type { OpenOptions, Request } from './api';

export type ToWorker =
  | { id: number; op: 'open'; options: OpenOptions }
  | { id: number; op: 'call'; handle: number; request: Request }
  | { id: number; op: 'close'; handle: number };

export type FromWorker =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; failure: string };
