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

function message(error: unknown): string {
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
  return {
    open: (options) => withString(options, (ptr) => open(ptr) as number),
    call: (handle, request) => withString(request, (ptr) => module.UTF8ToString(call(handle, ptr) as number)),
    close: (handle) => void close(handle),
  };
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
        return JSON.parse(revlab.call(msg.handle, JSON.stringify(msg.request)));
      case 'close':
        revlab.close(msg.handle);
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
