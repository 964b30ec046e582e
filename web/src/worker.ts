// The module Worker: it owns the WebAssembly module, so no wasm work ever runs on the page's
// thread. It loads the module once, on the first request, and answers each request in order.
import createRevlab, { type RevlabModule } from 'revlab-wasm/revlab_web.js';
import wasmUrl from 'revlab-wasm/revlab_web.wasm?url';
import type { FromWorker, ToWorker } from './protocol';

interface Core {
  open(options: string): number;
  call(handle: number, request: string): string;
  close(handle: number): void;
}

let core: Promise<Core> | undefined;
/** Set once the module trapped or aborted: its memory can no longer be trusted. */
let broken: string | undefined;

/**
 * The longest reply the page takes, in bytes of JSON. The core caps results itself; this is the
 * page's own bound, checked before the reply becomes a string: a string of 1 GB would take the
 * worker down (V8 refuses strings past 512 MB, and copying one stalls for seconds).
 */
const MAX_REPLY = 64 << 20;

/** A reply that is too large to take: answered as an error, the module stays usable. */
class ReplyTooLarge extends Error {}

function message(error: unknown): string {
  // A C++ exception that escaped the module (3.1.6 cannot say which): its message would be
  // "[object WebAssembly.Exception]".
  if (typeof WebAssembly.Exception === 'function' && error instanceof WebAssembly.Exception) {
    return 'an uncaught C++ exception, most often out of memory';
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Fetches and compiles the module's .wasm (streaming when served as application/wasm). */
async function instantiate(imports: WebAssembly.Imports): Promise<WebAssembly.WebAssemblyInstantiatedSource> {
  const url = new URL(wasmUrl, import.meta.url).href;
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  if (response.headers.get('Content-Type')?.startsWith('application/wasm')) {
    return WebAssembly.instantiateStreaming(response, imports);
  }
  return WebAssembly.instantiate(await response.arrayBuffer(), imports);
}

async function load(): Promise<Core> {
  // The glue would look for the .wasm next to itself and, when that fails, only say "aborted";
  // instantiating it here gives the real reason (and Vite's hashed file name).
  let failed!: (error: unknown) => void;
  const failure = new Promise<never>((_, reject) => (failed = reject));
  const module: RevlabModule = await Promise.race([
    createRevlab({
      instantiateWasm: (imports, done) => {
        instantiate(imports).then(({ instance, module }) => done(instance, module), failed);
        return {};
      },
      print: (text) => console.log('[revlab]', text),
      printErr: (text) => console.warn('[revlab]', text),
    }),
    failure,
  ]);
  const open = module.cwrap('revlab_open', 'number', ['number']);
  const call = module.cwrap('revlab_call', 'number', ['number', 'number']);
  const close = module.cwrap('revlab_close', null, ['number']);
  // Strings go through the heap (not the stack ccall would use): a file's content can be large.
  const withString = <T>(text: string, use: (ptr: number) => T): T => {
    const size = module.lengthBytesUTF8(text) + 1;
    const ptr = module._malloc(size);
    if (!ptr) throw new Error('out of memory');
    try {
      module.stringToUTF8(text, ptr, size);
      return use(ptr);
    } finally {
      module._free(ptr);
    }
  };
  // The module's linear memory size, for bench/endurance.mjs (through playwright's worker.evaluate):
  // a global rather than a request, so reading it adds nothing to the project's queue.
  (self as unknown as { __revlabMemory?: () => number }).__revlabMemory = () => module.HEAP8.length;
  const reply = (ptr: number): string => {
    // Find the reply's end within MAX_REPLY bytes (a native scan) before decoding anything.
    const end = module.HEAP8.subarray(ptr, ptr + MAX_REPLY + 1).indexOf(0);
    if (end < 0) throw new ReplyTooLarge(`the result is larger than ${MAX_REPLY >> 20} MB; add a LIMIT (or select fewer columns)`);
    return module.UTF8ToString(ptr, end);
  };
  return {
    open: (options) => withString(options, (ptr) => open(ptr) as number),
    call: (handle, request) => withString(request, (ptr) => reply(call(handle, ptr) as number)),
    close: (handle) => void close(handle),
  };
}

/**
 * Per project handle: the revisions (without `is_current`) and the files the page was last sent.
 * A reply that holds the same again says so (`same_revisions`, `same_files`) instead of carrying
 * them: with 10,000 revisions, that is megabytes the page's thread would otherwise unpack after
 * every command. RevlabClient (client.ts) keeps the other half of this and fills them back in.
 */
const sent = new Map<number, { revisions?: string; files?: string }>();

function trim(handle: number, reply: unknown): unknown {
  if (!reply || typeof reply !== 'object') return reply;
  let memo = sent.get(handle);
  if (!memo) sent.set(handle, (memo = {}));
  const r = reply as { state?: { revisions?: unknown; same_revisions?: boolean }; files?: unknown; database?: unknown; same_files?: boolean };
  if (r.state && typeof r.state === 'object' && Array.isArray(r.state.revisions)) {
    const key = JSON.stringify(r.state.revisions, (name, value: unknown) => (name === 'is_current' ? undefined : value));
    if (key === memo.revisions) {
      r.state.revisions = null;
      r.state.same_revisions = true;
    } else memo.revisions = key;
  }
  if (typeof r.database === 'string' && r.files && typeof r.files === 'object') {
    const key = JSON.stringify(r.files);
    if (key === memo.files) {
      r.files = null;
      r.same_files = true;
    } else {
      memo.files = key;
      // What the page counts for its time-travel cap, counted here, off its thread.
      let chars = 0;
      for (const [path, content] of Object.entries(r.files as Record<string, string>)) chars += path.length + String(content).length;
      (r as { files_chars?: number }).files_chars = chars;
    }
  }
  return reply;
}

async function answer(msg: ToWorker): Promise<unknown> {
  if (broken) throw new Error(`the WebAssembly module stopped earlier (${broken}); reload the page`);
  core ??= load().catch((error: unknown) => {
    throw new Error(`could not load the WebAssembly module: ${message(error)}`);
  });
  const revlab = await core;
  try {
    switch (msg.op) {
      case 'open': {
        const handle = revlab.open(JSON.stringify(msg.options));
        if (handle <= 0) throw new Error(`revlab_open refused the options (returned ${handle})`);
        return handle;
      }
      case 'call':
        try {
          return trim(msg.handle, JSON.parse(revlab.call(msg.handle, JSON.stringify(msg.request))));
        } catch (error) {
          // The module answered and is fine: only its answer was too large for the page.
          if (error instanceof ReplyTooLarge) return { ok: false, error: error.message };
          throw error;
        }
      case 'close':
        revlab.close(msg.handle);
        sent.delete(msg.handle);
        return null;
    }
  } catch (error) {
    // The module catches every C++ exception itself, so anything here is a trap or an abort.
    if (!(error instanceof SyntaxError)) broken = message(error);
    throw error;
  }
}

// Requests are answered one after another, in the order they came.
let queue: Promise<void> = Promise.resolve();

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  queue = queue.then(async () => {
    let reply: FromWorker;
    try {
      reply = { id: msg.id, ok: true, result: await answer(msg) };
    } catch (error) {
      reply = { id: msg.id, ok: false, failure: message(error) };
    }
    self.postMessage(reply);
  });
});
