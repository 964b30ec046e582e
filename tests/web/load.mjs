// Loads a module of the page (web/src/*.ts) into node for a unit test: rolldown (the bundler
// vite uses, from web/'s lockfile) bundles it with its imports (fflate ...) into one ES module in a
// temporary folder, which is then imported. Only pure modules (no DOM) are loaded this way.
//   const { layoutGraph } = await load('layout.ts');
import { createRequire } from 'node:module';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../..');
export const webRequire = createRequire(path.join(repo, 'web/package.json'));

export async function load(name) {
  const { build } = await import(pathToFileURL(webRequire.resolve('rolldown')).href);
  const result = await build({
    input: path.join(repo, 'web/src', name),
    write: false,
    platform: 'neutral',
    resolve: { mainFields: ['module', 'main'] },
    output: { format: 'esm' },
    logLevel: 'silent',
  });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'revlab-web-unit-'));
  try {
    const file = path.join(dir, name.replace(/\.ts$/, '.mjs'));
    await writeFile(file, result.output[0].code);
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
