// What every browser end-to-end file shares: the static server, Debian's chromium through
// playwright-core, one line per check, and the closing `N passed, N failed` line.
//   const h = await start('graph');   ... await h.check('name', async () => {...}); ...   await h.finish();
// Screenshots go to build/e2e/<name>-*.png (next to the BUILD_WEB_DIR given as argv[2]).
import { createRequire } from 'node:module';
import { mkdtemp, mkdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../..');
// playwright-core comes from web/'s lockfile, not from wherever node would look.
export const webRequire = createRequire(path.join(repo, 'web/package.json'));
const { chromium } = webRequire('playwright-core');

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
// Per wait. Generous: on a busy 2-core machine (builds, other tests, a second browser) a page can stall for
// seconds, and a wait that passes costs only its own time; the ctest timeout bounds the whole file.
export const T = 60_000;
export const ids = { base: '2472b4e8b68e', head: '44e3cc49892c' };
export const $ = (testid) => `[data-testid="${testid}"]`;

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export async function start(name) {
  const root = path.resolve(process.argv[2] ?? path.join(repo, 'build/web'));
  const shots = path.join(path.dirname(root), 'e2e');
  const began = Date.now();
  let passed = 0;
  let failed = 0;
  try {
    await stat(path.join(root, 'index.html'));
  } catch {
    console.log(`FAIL page built: no index.html in ${root}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  await mkdir(shots, { recursive: true });
  const server = await serve(root, 0);
  const profile = await mkdtemp(path.join(os.tmpdir(), `revlab-e2e-${name}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', ...FLAGS],
    viewport: { width: 1400, height: 860 },
    acceptDownloads: true,
  });
  const problems = []; // page errors, CSP violations, failed requests, in any page of the context
  const watch = (page) => {
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('requestfailed', (req) => {
      const url = req.url();
      const error = req.failure()?.errorText ?? '';
      // A worker the page terminates (Stop, the watchdog) or a reload cancels the fetch of its script
      // if it is still loading: the client aborted it, nothing failed (a missing file is an HTTP 404).
      if (error === 'net::ERR_ABORTED' && /[/.]worker-[\w-]+\.js$/.test(url)) return;
      if (!url.startsWith('blob:')) problems.push(`request failed: ${url} ${error}`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
    });
  };
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  let ready = false;

  const h = {
    name, root, shots, server, context, page, problems,
    /** One check: prints `ok` or `FAIL` and goes on either way. */
    async check(title, body, needsReady = true) {
      const started = Date.now();
      try {
        if (needsReady && !ready) throw new Error('skipped: the page never got ready');
        await body();
        passed++;
        console.log(`ok   ${title} (${Date.now() - started} ms)`);
      } catch (error) {
        failed++;
        console.log(`FAIL ${title}: ${String(error?.message ?? error).split('\n').slice(0, 3).join(' | ')}`);
      }
    },
    /** Opens the page (or reloads it) and waits until it is ready. */
    async open(p = page, url = server.url) {
      await p.goto(url, { timeout: T });
      await p.waitForSelector('body[data-ready]', { timeout: T });
      const state = await p.evaluate(() => document.body.dataset.ready);
      if (state !== 'true') throw new Error(`the page failed: ${(await p.locator('.banner').first().innerText()).replace(/\s+/g, ' ')}`);
      await p.waitForSelector(`${$('console-input')}:enabled`, { timeout: T });
    },
    async openFirst() {
      await h.check('page loads and the console gets ready', async () => {
        await h.open();
        ready = true;
      }, false);
    },
    /** The console's lines after the last command line. */
    lastOutput(p = page) {
      return p.evaluate(() => {
        const lines = [...document.querySelectorAll('[data-testid="console-output"] .line')];
        let begin = 0;
        lines.forEach((line, i) => line.classList.contains('command') && (begin = i + 1));
        return lines.slice(begin).map((line) => ({ text: line.textContent, cls: line.className }));
      });
    },
    /** Waits until the console is idle again after `line` ran. */
    async settled(line, p = page) {
      await p.waitForFunction(
        (text) => {
          const commands = [...document.querySelectorAll('[data-testid="console-output"] .line.command')];
          return commands.at(-1)?.textContent.endsWith(text) && !document.querySelector('.console.busy') &&
            document.querySelector('[data-testid="status"]')?.dataset.kind === 'ready';
        },
        line,
        { timeout: T },
      );
    },
    /** Types a line, presses Enter, waits until it has run, and returns the lines it printed. */
    async type(line, p = page) {
      const input = p.locator($('console-input'));
      await input.fill(line);
      await input.press('Enter');
      await h.settled(line, p);
      return h.lastOutput(p);
    },
    /** Runs a line and fails unless it exits 0; returns the output text. */
    async ok(line, p = page) {
      const out = await h.type(line, p);
      const failure = out.find((l) => /\b(alert|error|exit)\b/.test(l.cls));
      assert(!failure, `"${line}" failed: ${failure?.text} ${out.map((l) => l.text).join(' | ')}`);
      return out.map((l) => l.text).join('\n');
    },
    /** The database's revisions as the graph summary shows them. */
    async current(p = page) {
      return p.evaluate(() => [...document.querySelectorAll('[data-testid^="graph-node-"].current')].map((n) => n.dataset.testid.slice('graph-node-'.length)));
    },
    /** Runs SQL through the Data tab's SQL box and returns the result grid's rows (as text). */
    async sql(text, p = page) {
      await p.click($('tab-data'));
      await p.fill($('sql-input'), text);
      await p.evaluate(() => document.querySelector('[data-testid="sql-result"]').replaceChildren());
      await p.click($('sql-run'));
      await p.waitForSelector(`${$('sql-result')} > *`, { timeout: T });
      const error = await p.locator(`${$('sql-result')} .error`).count();
      if (error) throw new Error(`SQL failed: ${await p.locator(`${$('sql-result')} .error`).innerText()}`);
      return p.$$eval(`${$('sql-result')} tbody tr`, (rows) => rows.map((row) => [...row.cells].map((cell) => cell.textContent)));
    },
    async shot(label, p = page) {
      const file = path.join(shots, `${name}-${label}.png`);
      await p.screenshot({ path: file });
      return file;
    },
    async finish() {
      await h.check('no page errors, CSP violations or failed requests', async () => {
        assert(problems.length === 0, problems.join('; '));
      }, false);
      await context.close().catch(() => {});
      await server.close();
      await rm(profile, { recursive: true, force: true });
      console.log(`${name}: ${((Date.now() - began) / 1000).toFixed(1)} s, screenshots in ${shots}`);
      console.log(`${passed} passed, ${failed} failed`);
      if (failed) console.log(`to run this alone: node ${process.argv[1]} ${root}`);
      process.exit(failed ? 1 : 0);
    },
  };
  return h;
}
