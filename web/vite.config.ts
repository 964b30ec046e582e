// Vite builds the page into one self-contained folder (relative URLs, so any static server and any
// sub-path can host it). The wasm module is not part of web/: the CMake target `web` passes the
// folder holding revlab_web.js + revlab_web.wasm in REVLAB_WASM_DIR, and `revlab-wasm/...` imports
// resolve there.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const wasmDir = path.resolve(process.env.REVLAB_WASM_DIR ?? path.join(here, '../build/wasm/wasm'));

// The dev server injects CSS as <style> elements; only there does the CSP need 'unsafe-inline'.
function devStyleCsp(): Plugin {
  return {
    name: 'revlab-dev-style-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}

export default defineConfig({
  base: './',
  plugins: [devStyleCsp()],
  resolve: { alias: { 'revlab-wasm': wasmDir } },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    outDir: path.join(here, '../build/web'),
    emptyOutDir: true,
    assetsInlineLimit: 0, // never turn the .wasm into a data: URL
    reportCompressedSize: false,
  },
  server: { fs: { allow: [here, wasmDir] } },
});
