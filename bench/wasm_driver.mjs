// The browser module (build/wasm/wasm/revlab_web.{js,wasm}) under node, through its JSON API, as the page's
// worker drives it: opens a project from DIR's files (in memory) and runs each console line on its in-memory
// database. The twin of `revlab_bench api DIR LINE...`, so a pair of them prices wasm against native.
//
//   node bench/wasm_driver.mjs GLUE.mjs WASM DIR LINE...
//
// GLUE.mjs is revlab_web.js copied under an .mjs name (bench/run does it): node then loads the ES6 glue as a
// module, and giving it wasmBinary keeps it from fetching (TOOLCHAIN.md). Prints "ms <label> <milliseconds>"
// lines on stderr; exit 1 when a line fails.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [glue, wasm, dir, ...lines] = process.argv.slice(2);
const t0 = performance.now();
const { default: createRevlab } = await import(pathToFileURL(path.resolve(glue)).href);
const M = await createRevlab({ wasmBinary: fs.readFileSync(wasm) });
// Strings through the heap, as web/src/worker.ts passes them: ccall's 'string' would copy a project of
// several MB onto the 5 MB stack.
const withString = (text, f) => {
  const size = M.lengthBytesUTF8(text) + 1;
  const ptr = M._malloc(size);
  try {
    M.stringToUTF8(text, ptr, size);
    return f(ptr);
  } finally {
    M._free(ptr);
  }
};
const rawOpen = M.cwrap('revlab_open', 'number', ['number']);
const rawCall = M.cwrap('revlab_call', 'number', ['number', 'number']);
const open = (options) => withString(options, (p) => rawOpen(p));
const call = (handle, request) => withString(request, (p) => M.UTF8ToString(rawCall(handle, p)));
console.error(`ms load ${performance.now() - t0}`);

// The project's files, as revlab_bench collects them: no database, caches or bench output.
function collect(root, rel = '', files = {}) {
  for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (e.name !== '__pycache__') collect(root, p, files);
    } else if (!/\.(db|sql|pyc)$/.test(e.name)) {
      files[p] = fs.readFileSync(path.join(root, p), 'utf8');
    }
  }
  return files;
}

const t1 = performance.now();
const handle = open(JSON.stringify({ files: collect(dir) }));
console.error(`ms open ${performance.now() - t1}`);
if (handle <= 0) process.exit(1);
for (const line of lines) {
  const t = performance.now();
  const reply = JSON.parse(call(handle, JSON.stringify({ cmd: 'run', line })));
  console.error(`ms ${line} ${performance.now() - t}`);
  if (!reply.ok || reply.exit_code !== 0) {
    console.error(`${line} failed: ${JSON.stringify(reply).slice(0, 2000)}`);
    process.exit(1);
  }
}
