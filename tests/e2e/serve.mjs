// A tiny static server for the built page (build/web), node built-ins only.
//   node tests/e2e/serve.mjs ROOT [PORT]    (PORT 0 or none: a free port; HOST env, default 127.0.0.1)
// As a module: `const { url, close } = await serve(root, port)`.
// It sends the page's Content-Security-Policy as a header too: a worker's script takes its policy
// from its own response, not from the page's <meta> tag.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; worker-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.py': 'text/plain; charset=utf-8',
};

async function resolveFile(root, urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return undefined;
  }
  const file = path.resolve(root, '.' + path.posix.normalize('/' + rel));
  if (file !== root && !file.startsWith(root + path.sep)) return undefined; // outside the root
  try {
    const info = await stat(file);
    if (info.isDirectory()) return resolveFile(root, path.posix.join(rel, 'index.html'));
    return info.isFile() ? { file, size: info.size } : undefined;
  } catch {
    return undefined;
  }
}

export function serve(root, port = 0, host = process.env.HOST || '127.0.0.1') {
  root = path.resolve(root);
  const server = createServer(async (req, res) => {
    const headers = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    const found = await resolveFile(root, req.url || '/');
    if (!found) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    const type = TYPES[path.extname(found.file).toLowerCase()] || 'application/octet-stream';
    res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': found.size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(found.file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address();
      const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${bound}/`,
        close: () => new Promise((done) => server.close(() => done())),
        server,
      });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [root, port = '0'] = process.argv.slice(2);
  if (!root) {
    console.error('usage: node serve.mjs ROOT [PORT]');
    process.exit(2);
  }
  stat(path.join(root, 'index.html')).then(
    async () => {
      const { url } = await serve(root, Number(port));
      console.log(`Serving ${path.resolve(root)} at ${url} (Ctrl+C to stop)`);
    },
    () => {
      console.error(`serve: no index.html in ${path.resolve(root)}; build the page first (cmake --build --preset wasm)`);
      process.exit(1);
    },
  ).catch((error) => {
    console.error(`serve: ${error.message}`);
    process.exit(1);
  });
}
