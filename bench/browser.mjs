// The page in headless chromium (Debian's /usr/bin/chromium through playwright-core from web/'s lockfile):
// cold and warm load to interactive, and the latency of console commands. Prints one JSON object.
//
//   node bench/browser.mjs WEB_DIR [LOADS] [ROUNDS]
//
// - cold: a fresh profile each time (no HTTP cache, no compiled-code cache), LOADS times;
// - warm: the same profile reloaded, LOADS times (the wasm's compiled code comes from V8's cache);
//   "interactive" is when the page says it is ready (body[data-ready=true]) and the console takes input,
//   timed from navigation start by the page's own clock;
// - console: ROUNDS rounds of the guide's commands typed into the console, each timed from Enter until the
//   console is idle again with the command's output shown, as a user waits for it;
// - memory: the largest peak RSS (VmHWM) among chromium's renderer processes (page and worker).
import { createRequire } from 'node:module';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const { chromium } = createRequire(path.join(repo, 'web/package.json'))('playwright-core');
const { serve } = await import(path.join(repo, 'tests/e2e/serve.mjs'));

const root = path.resolve(process.argv[2] ?? path.join(repo, 'build/web'));
const LOADS = Number(process.argv[3] ?? 5);
const ROUNDS = Number(process.argv[4] ?? 8);
// The flags TOOLCHAIN.md lists for this machine kind.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const T = 60_000;

// Records, in the page, the first moment it is interactive (checked every 2 ms from the start).
const READY_PROBE = () => {
  const probe = setInterval(() => {
    const input = document.querySelector('[data-testid="console-input"]');
    if (document.body?.dataset.ready === 'true' && input && !input.disabled) {
      window.__interactiveAt = performance.now();
      clearInterval(probe);
    }
  }, 2);
};

const server = await serve(root, 0);
const profiles = [];

async function launch() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'revlab-bench-'));
  profiles.push(dir);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium', headless: true, args: FLAGS, viewport: { width: 1400, height: 860 },
  });
  await context.addInitScript(READY_PROBE);
  return context;
}

async function load(page) {
  await page.goto(server.url, { timeout: T });
  await page.waitForFunction(() => window.__interactiveAt !== undefined, null, { timeout: T, polling: 20 });
  return page.evaluate(() => window.__interactiveAt);
}

// The renderer processes' peak RSS, in KB, from /proc (chromium's children of this context's browser).
async function rendererPeakKb() {
  let peak = 0;
  for (const pid of (await import('node:fs')).readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = await readFile(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('chromium') || !cmd.includes('--type=renderer')) continue;
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, hwm);
    } catch { /* the process ended */ }
  }
  return peak;
}

const result = { cold_ms: [], warm_ms: [], console: {}, renderer_peak_kb: 0 };
for (let i = 0; i < LOADS; i++) {
  const context = await launch();
  const page = context.pages()[0] ?? (await context.newPage());
  result.cold_ms.push(await load(page));
  await context.close();
}

const context = await launch();
const page = context.pages()[0] ?? (await context.newPage());
await load(page);
for (let i = 0; i < LOADS; i++) result.warm_ms.push(await load(page));

// The console: each line, typed, and the wait until it has run (the harness's `settled`).
async function type(line) {
  const input = page.locator('[data-testid="console-input"]');
  await input.fill(line);
  const t0 = performance.now();
  await input.press('Enter');
  await page.waitForFunction(
    (text) => {
      const commands = [...document.querySelectorAll('[data-testid="console-output"] .line.command')];
      return commands.at(-1)?.textContent.endsWith(text) && !document.querySelector('.console.busy') &&
        document.querySelector('[data-testid="status"]')?.dataset.kind === 'ready';
    },
    line, { timeout: T, polling: 'raf' });
  return performance.now() - t0;
}
const LINES = ['flask db upgrade', 'flask db current', 'flask db history', 'flask db heads', 'flask db downgrade base'];
for (let r = 0; r < ROUNDS; r++) {
  for (const line of LINES) (result.console[line] ??= []).push(await type(line));
}
result.renderer_peak_kb = await rendererPeakKb();
await context.close();
await server.close();
for (const dir of profiles) await rm(dir, { recursive: true, force: true });
console.log(JSON.stringify(result));
