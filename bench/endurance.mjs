// Endurance: one page, many console commands in a row, and whether its memory stays flat.
// Drives Debian's /usr/bin/chromium through playwright-core (web/'s lockfile) on build/web.
//
//   node bench/endurance.mjs [--commands N] [--every K] [--warmup W] [BUILD_WEB_DIR]
//
// - types N commands (default 10,000) into the console, cycling through a mix of the guide's
//   commands (upgrade and downgrade, reads, SQL that writes and deletes rows), each typed and
//   waited for as a user would (Enter, then the console idle again with the output shown);
// - every K commands (default 250) samples, after a forced garbage collection in the page and in
//   the worker: the JS heap of each (CDP Runtime.getHeapUsage; the worker through
//   Target.setAutoAttach), the module's linear memory (the worker's __revlabMemory), the bytes the
//   time-travel entries hold (window.__revlab.snapshotBytes), the console's lines and the page's
//   DOM nodes, and the RSS of this browser's renderer processes (VmRSS in /proc);
// - prints a short table on stderr and one JSON object on stdout; exits 1 when the growth from
//   the end of the warm-up (the first W commands, default 1,000) to the end is more than the
//   page's time-travel cap (64 MiB), in the JS heaps plus linear memory or in renderer RSS, or
//   when a command of the mix failed or the page reported an error.
import { createRequire } from 'node:module';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The page's wasm worker (worker-<hash>.js); the other one is its tasks worker (tasks.worker-<hash>.js). */
const WASM_WORKER = /\/worker-[^/]*\.js$/;

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const { chromium } = createRequire(path.join(repo, 'web/package.json'))('playwright-core');
const { serve } = await import(path.join(repo, 'tests/e2e/serve.mjs'));

function parseArgs(argv) {
  const args = { commands: 10_000, every: 250, warmup: undefined, root: path.join(repo, 'build/web') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const number = () => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n <= 0) throw new Error(`${a} needs a positive whole number`);
      return n;
    };
    if (a === '--commands') args.commands = number();
    else if (a === '--every') args.every = number();
    else if (a === '--warmup') args.warmup = number();
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else args.root = a;
  }
  // A short run still has a warm-up to compare against: a tenth of it, at most 1,000.
  args.warmup = Math.min(args.warmup ?? Math.min(1000, Math.ceil(args.commands / 10)), args.commands);
  return args;
}

let args;
try {
  args = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error(`endurance: ${error.message}\nusage: node bench/endurance.mjs [--commands N] [--every K] [--warmup W] [BUILD_WEB_DIR]`);
  process.exit(2);
}

// The flags TOOLCHAIN.md lists for this machine kind; --enable-precise-memory-info is not needed
// (the heap numbers come from CDP, not performance.memory).
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const T = 60_000;

// The cycle: each lap leaves the database as it found it (one revision below head, no rows), so
// every lap does the same work and any growth is the page's, not the data's. Writes and deletes
// go through time travel like any change.
const MIX = [
  'flask db upgrade',
  'flask db current',
  `sqlite3 app.db "insert into user_visits (ip_address, visit_count) values ('10.0.0.1', 3)"`,
  'flask db history',
  'sqlite3 app.db "select count(*) from user_visits"',
  'sqlite3 app.db "select count(*) from alembic_version"',
  'sqlite3 app.db "delete from user_visits"',
  'flask db downgrade',
  'flask db heads',
  'sqlite3 app.db .tables',
  'ls migrations/versions',
  'flask db history --verbose',
];

const server = await serve(path.resolve(args.root), 0);
const profile = await mkdtemp(path.join(os.tmpdir(), 'revlab-endurance-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, args: FLAGS, viewport: { width: 1400, height: 860 },
});
const page = context.pages()[0] ?? (await context.newPage());
const problems = [];
page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
page.on('console', (msg) => msg.type() === 'error' && problems.push(`console error: ${msg.text()}`));

let exitCode = 0;
try {
  await page.goto(server.url, { timeout: T });
  await page.waitForSelector('body[data-ready="true"]', { timeout: T });
  await page.waitForSelector('[data-testid="console-input"]:enabled', { timeout: T });

  // CDP: the page's session, and the worker's through the deprecated but working non-flat
  // attachment (playwright opens CDP sessions for pages and frames only).
  const cdp = await context.newCDPSession(page);
  const worker = await attachWorker(cdp);
  const workerHandle = page.workers().find((w) => WASM_WORKER.test(w.url()));
  if (!workerHandle) throw new Error('the page has no worker');
  const cap = await page.evaluate(() => window.__revlab.snapshotCap);

  let typing = 0; // ms spent typing and waiting, without the sampling
  let last = { commands: 0, typing: 0 };
  async function sample(commands) {
    await cdp.send('HeapProfiler.collectGarbage');
    await worker.send('HeapProfiler.collectGarbage');
    const pageHeap = await cdp.send('Runtime.getHeapUsage');
    const workerHeap = await worker.send('Runtime.getHeapUsage');
    const inPage = await page.evaluate(() => ({
      snapshotBytes: window.__revlab.snapshotBytes,
      entries: document.querySelectorAll('[data-testid^="snapshot-restore-"]').length,
      consoleLines: document.querySelector('[data-testid="console-output"]').childElementCount,
      domNodes: document.getElementsByTagName('*').length,
    }));
    const renderers = await rendererRss();
    // The rate over the commands since the previous sample: a slowdown shows as a falling rate.
    const rate = commands > last.commands ? (commands - last.commands) / ((typing - last.typing) / 1000) : 0;
    last = { commands, typing };
    return {
      commands,
      seconds: +((performance.now() - began) / 1000).toFixed(1),
      commands_per_s: +rate.toFixed(1),
      page_heap: pageHeap.usedSize,
      worker_heap: workerHeap.usedSize,
      wasm_memory: await workerHandle.evaluate(() => self.__revlabMemory()),
      snapshot_bytes: inPage.snapshotBytes,
      entries: inPage.entries,
      console_lines: inPage.consoleLines,
      dom_nodes: inPage.domNodes,
      renderer_rss: renderers.reduce((sum, kb) => sum + kb * 1024, 0),
      renderer_rss_max: (renderers[0] ?? 0) * 1024, // the page's, in practice (sorted, largest first)
      renderer_rss_each: renderers.map((kb) => kb * 1024),
    };
  }

  const input = page.locator('[data-testid="console-input"]');
  /** Types a line and waits until it has run; true when it exited 0 (no `exit N` marker after it). */
  async function type(line) {
    await input.fill(line);
    await input.press('Enter');
    const status = await page.waitForFunction(
      (text) => {
        const commands = document.querySelectorAll('[data-testid="console-output"] .line.command');
        const last = commands[commands.length - 1];
        if (!last?.textContent.endsWith(text) || document.querySelector('.console.busy') ||
          document.querySelector('[data-testid="status"]')?.dataset.kind !== 'ready') return false;
        for (let next = last.nextElementSibling; next; next = next.nextElementSibling) if (next.classList.contains('exit')) return 'failed';
        return 'ok';
      },
      line, { timeout: T, polling: 'raf' });
    return (await status.jsonValue()) === 'ok';
  }

  const began = performance.now();
  const samples = [await sample(0)];
  let warm;
  const failures = new Map(); // line -> how many times it exited non-zero
  for (let n = 1; n <= args.commands; n++) {
    const line = MIX[(n - 1) % MIX.length];
    const t0 = performance.now();
    const ok = await type(line);
    typing += performance.now() - t0;
    if (!ok) failures.set(line, (failures.get(line) ?? 0) + 1);
    if (n % args.every === 0 || n === args.warmup || n === args.commands) {
      const s = await sample(n);
      samples.push(s);
      if (n === args.warmup) warm = s;
      const progress = `${n} commands, ${s.commands_per_s}/s lately, renderer RSS ${mb(s.renderer_rss)}`;
      process.stderr.write(process.stderr.isTTY ? `\r${progress}   ` : `${progress}\n`);
    }
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  const start = samples[0];
  const end = samples.at(-1);
  const heaps = (s) => s.page_heap + s.worker_heap + s.wasm_memory;
  const growth = { heaps_and_wasm: heaps(end) - heaps(warm), renderer_rss: end.renderer_rss - warm.renderer_rss };
  const within = growth.heaps_and_wasm <= cap && growth.renderer_rss <= cap;
  const result = {
    commands: args.commands,
    warmup: args.warmup,
    commands_per_s: +(args.commands / (typing / 1000)).toFixed(1),
    ms_per_command: +(typing / args.commands).toFixed(2),
    snapshot_cap: cap,
    start, warm, end,
    growth_after_warmup: growth,
    within_cap: within,
    failed_commands: Object.fromEntries(failures),
    problems,
    samples,
  };

  const rows = [
    ['JS heap, page', 'page_heap'], ['JS heap, worker', 'worker_heap'], ['wasm linear memory', 'wasm_memory'],
    ['time-travel snapshots', 'snapshot_bytes'], ['renderer RSS, all', 'renderer_rss'], ['renderer RSS, largest', 'renderer_rss_max'],
  ];
  const col = (text, width) => String(text).padStart(width);
  const out = [
    `Revlab endurance: ${args.commands} commands, ${result.commands_per_s} commands/s (${result.ms_per_command} ms each)`,
    `${'memory'.padEnd(24)}${col('start', 11)}${col(`after ${args.warmup}`, 12)}${col('end', 11)}${col('growth', 11)}`,
    ...rows.map(([label, key]) => `${label.padEnd(24)}${col(mb(start[key]), 11)}${col(mb(warm[key]), 12)}${col(mb(end[key]), 11)}${col(mb(end[key] - warm[key]), 11)}`),
    `${'console lines / DOM nodes'.padEnd(24)}${col(`${start.console_lines}/${start.dom_nodes}`, 11)}${col(`${warm.console_lines}/${warm.dom_nodes}`, 12)}${col(`${end.console_lines}/${end.dom_nodes}`, 11)}`,
    `growth after warm-up: heaps + wasm ${mb(growth.heaps_and_wasm)}, renderer RSS ${mb(growth.renderer_rss)}; cap ${mb(cap)}: ${within ? 'within' : 'OVER'}`,
  ];
  if (failures.size) out.push(`commands that failed: ${[...failures].map(([line, n]) => `${line} (${n}x)`).join('; ')}`);
  if (problems.length) out.push(`page problems: ${problems.slice(0, 5).join('; ')}`);
  console.error(out.join('\n'));
  console.log(JSON.stringify(result));
  if (!within || problems.length || failures.size) exitCode = 1;
} catch (error) {
  console.error(`endurance: ${error.stack ?? error}`);
  exitCode = 1;
} finally {
  await context.close().catch(() => {});
  await server.close();
  await rm(profile, { recursive: true, force: true });
}
process.exit(exitCode);

function mb(bytes) {
  return `${bytes < 0 ? '-' : ''}${(Math.abs(bytes) / 1048576).toFixed(1)} MB`;
}

/** A CDP session to the page's worker: `send(method, params)` as on a playwright CDPSession. */
async function attachWorker(session) {
  const pending = new Map();
  let nextId = 1;
  const attached = new Promise((resolve) => {
    session.on('Target.attachedToTarget', (event) => {
      if (event.targetInfo.type === 'worker' && WASM_WORKER.test(event.targetInfo.url)) resolve(event.sessionId);
    });
  });
  session.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message);
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.error) waiting.reject(new Error(`${message.error.message} (worker CDP)`));
    else waiting.resolve(message.result);
  });
  await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const sessionId = await Promise.race([attached, new Promise((_, reject) => setTimeout(() => reject(new Error('no worker target to attach to')), T))]);
  return {
    send(method, params = {}) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
      });
    },
  };
}

/** VmRSS in KB of each of this browser's renderer processes (the page and its worker live in one). */
async function rendererRss() {
  const parents = new Map();
  const cmdlines = new Map();
  for (const pid of (await readdir('/proc')).filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      parents.set(pid, stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      cmdlines.set(pid, await readFile(`/proc/${pid}/cmdline`, 'utf8'));
    } catch { /* the process ended */ }
  }
  // Only descendants of this node process: another chromium on the machine is not ours.
  const ours = (pid) => {
    for (let p = pid, hops = 0; p && p !== '0' && hops < 20; p = parents.get(p), hops++) if (p === String(process.pid)) return true;
    return false;
  };
  const each = [];
  for (const [pid, cmd] of cmdlines) {
    if (!cmd.includes('--type=renderer') || !ours(pid)) continue;
    try {
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      each.push(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
    } catch { /* the process ended */ }
  }
  return each.sort((a, b) => b - a);
}
