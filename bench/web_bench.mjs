// The page's performance bar, measured in Debian's chromium (not a test: it prints numbers).
//   node bench/web_bench.mjs [BUILD_WEB_DIR] [RUNS]
// - cold load to interactive: a fresh browser profile each time (no cache, no saved project),
//   from navigation start to the console being ready (the page's own performance.now() mark);
// - every console command of the guide on the demo: from Enter to the output shown and every
//   view refreshed (graph, files, schema, snapshot taken, save queued), as the page measures it.
// Bars: load < 1000 ms, each command < 100 ms.
import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/serve.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(path.join(repo, 'web/package.json'))('playwright-core');
const root = path.resolve(process.argv[2] ?? path.join(repo, 'build/web'));
const runs = Number(process.argv[3] ?? 5);
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const GUIDE = [
  'set FLASK_APP=main.py',
  'uv run flask db upgrade',
  'uv run flask db current',
  'uv run flask db history',
  'uv run flask db history --verbose',
  'uv run flask db downgrade',
  'uv run flask db downgrade 2472b4e8b68e',
  'uv run flask db upgrade',
  'uv run flask db heads',
  'uv run flask db migrate -m "add user email field"',
  'sqlite3 app.db .schema',
  'rm app.db',
  'uv run flask db upgrade',
];

const server = await serve(root, 0);
const loads = [];
const commands = new Map(GUIDE.map((line) => [line, []]));

for (let i = 0; i < runs; i++) {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'revlab-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, args: FLAGS, viewport: { width: 1400, height: 860 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  loads.push(await page.evaluate(() => window.__revlab.readyAt));
  for (const line of GUIDE) {
    const before = await page.evaluate(() => window.__revlab.count);
    await page.fill('[data-testid="console-input"]', line);
    await page.press('[data-testid="console-input"]', 'Enter');
    await page.waitForFunction((n) => window.__revlab.count > n, before, { timeout: 30_000 });
    commands.get(line).push(await page.evaluate(() => window.__revlab.runs.at(-1).ms));
  }
  await context.close();
  await rm(profile, { recursive: true, force: true });
}
await server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1).padStart(7)} ms`;
console.log(`Revlab page benchmark (${runs} cold runs, chromium ${root})`);
console.log(`cold load to interactive: median ${fmt(median(loads))}   max ${fmt(Math.max(...loads))}   bar 1000 ms  ${Math.max(...loads) < 1000 ? 'OK' : 'OVER'}`);
let worst = 0;
for (const [line, times] of commands) {
  worst = Math.max(worst, median(times));
  console.log(`  ${line.padEnd(52)} median ${fmt(median(times))}   max ${fmt(Math.max(...times))}`);
}
console.log(`slowest command (median): ${fmt(worst)}   bar 100 ms  ${worst < 100 ? 'OK' : 'OVER'}`);
