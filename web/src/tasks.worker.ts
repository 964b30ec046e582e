// The tasks worker: the page's own heavy work, off the main thread (the wasm module has its own
// worker, worker.ts): the revision graph's layout, reading and writing zips, and share links.
// Each request gets one reply; errors come back by kind, so the page can rebuild them.
import { layoutBuffers, layoutGraph, unpackRevisions } from './layout';
import { ShareError, decodeShare, encodeShare } from './share';
import { decodeDatabase, encodeDatabase } from './share-db';
import { ImportError, exportZip, readZip } from './zip';
import type { TaskReply, TaskRequest } from './tasks';

function run(request: TaskRequest): { result: unknown; transfer: Transferable[] } {
  switch (request.op) {
    case 'layout': {
      const layout = layoutGraph(unpackRevisions(request.revisions));
      return { result: layout, transfer: layoutBuffers(layout) };
    }
    case 'readZip': {
      const imported = readZip(request.bytes);
      const buffers = [imported.database, ...Object.values(imported.binds)].filter((b) => b !== undefined);
      return { result: imported, transfer: buffers.map((b) => b.buffer) };
    }
    case 'exportZip': {
      const zip = exportZip(request.files, request.database, request.dirs, request.binds);
      return { result: zip, transfer: [zip.buffer] };
    }
    case 'decodeShare':
      return { result: decodeShare(request.value), transfer: [] };
    case 'encodeShare':
      return { result: encodeShare(request.files), transfer: [] };
    case 'encodeShareDb':
      return { result: encodeDatabase(request.database), transfer: [] };
    case 'decodeShareDb':
      return { result: decodeDatabase(request.value), transfer: [] };
  }
}

self.addEventListener('message', (event: MessageEvent<TaskRequest>) => {
  const request = event.data;
  let reply: TaskReply;
  let transfer: Transferable[] = [];
  try {
    const done = run(request);
    reply = { id: request.id, ok: true, result: done.result };
    transfer = done.transfer;
  } catch (error) {
    const kind = error instanceof ImportError ? 'import' : error instanceof ShareError ? 'share' : 'other';
    reply = { id: request.id, ok: false, kind, message: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(reply, transfer);
});
