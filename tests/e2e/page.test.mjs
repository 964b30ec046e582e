// Browser end to end: the built page (build/web) in Debian's chromium, driven by playwright-core.
//   node tests/e2e/page.test.mjs BUILD_WEB_DIR
// It runs the guide's commands in the console and checks what a user would see. One line per
// check, then `N passed, N failed`; the exit code is 1 when any check failed. A screenshot goes
// to build/e2e/page.png (next to BUILD_WEB_DIR).
import { createRequire } from 'node:module';
import { mkdtemp, mkdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
// playwright-core comes from web/'s lockfile, not from wherever node would look.
const { chromium } = createRequire(path.join(repo, 'web/package.json'))('playwright-core');

const root = path.resolve(process.argv[2] ?? path.join(repo, 'build/web'));
const screenshot = path.join(path.dirname(root), 'e2e', 'page.png');
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
const T = 20_000; // per wait

let passed = 0;
let failed = 0;
let ready = false; // once the page never got ready, the other checks fail at once instead of timing out
async function check(name, body, needsReady = true) {
  const started = Date.now();
  try {
    if (needsReady && !ready) throw new Error('skipped: the page never got ready');
    await body();
    passed++;
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}: ${String(error?.message ?? error).split('\n')[0]}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const ids = { base: '2472b4e8b68e', head: '44e3cc49892c' };
const $ = (testid) => `[data-testid="${testid}"]`;

try {
  await stat(path.join(root, 'index.html'));
} catch {
  console.log(`FAIL page built: no index.html in ${root}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const server = await serve(root, 0);
const profile = await mkdtemp(path.join(os.tmpdir(), 'revlab-e2e-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', ...FLAGS],
  viewport: { width: 1400, height: 860 },
});
const page = context.pages()[0] ?? (await context.newPage());
const problems = []; // page errors, CSP violations, failed requests
page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
page.on('console', (msg) => {
  if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
});
page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
page.on('response', (res) => {
  if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
});

/** The console's text after the last command line. */
const lastOutput = () =>
  page.evaluate(() => {
    const lines = [...document.querySelectorAll('[data-testid="console-output"] .line')];
    let start = 0;
    lines.forEach((line, i) => line.classList.contains('command') && (start = i + 1));
    return lines.slice(start).map((line) => ({ text: line.textContent, cls: line.className }));
  });

/** Types a line, presses Enter, waits until it has run, and returns the lines it printed. */
async function type(line) {
  const input = page.locator($('console-input'));
  await input.fill(line);
  await input.press('Enter');
  await page.waitForFunction(
    (text) => {
      const commands = [...document.querySelectorAll('[data-testid="console-output"] .line.command')];
      return commands.at(-1)?.textContent.endsWith(text) && !document.querySelector('.console.busy');
    },
    line,
    { timeout: T },
  );
  return lastOutput();
}

const started = Date.now();
try {
  await check('page loads and the console gets ready', async () => {
    await page.goto(server.url, { timeout: T });
    assert((await page.locator('h1').textContent()) === 'Revlab', 'no "Revlab" heading');
    // main.ts marks the body ready ("true") or failed (and then shows why in a banner)
    await page.waitForSelector('body[data-ready]', { timeout: T });
    const state = await page.evaluate(() => document.body.dataset.ready);
    if (state !== 'true') throw new Error(`the page failed: ${(await page.locator('.banner').innerText()).replace(/\s+/g, ' ')}`);
    assert(await page.locator(`${$('console-input')}:enabled`).count(), 'the console input is disabled');
    ready = true;
  }, false);

  await check('file tree lists the project; a click shows a file read-only', async () => {
    await page.waitForSelector($('file-app/models.py'), { timeout: T });
    for (const id of Object.values(ids)) {
      assert(await page.locator(`[data-testid^="file-migrations/versions/${id}_"]`).count(), `no file for revision ${id}`);
    }
    await page.click($('file-app/models.py'));
    await page.waitForFunction(() => document.querySelector('[data-testid="file-viewer"]')?.textContent.includes("__tablename__ = 'user_visits'"), null, { timeout: T });
    assert((await page.locator('[data-testid="file-viewer"] [contenteditable], [data-testid="file-viewer"] textarea').count()) === 0, 'the viewer is editable');
  });

  await check('history lists both revisions before any upgrade, none current', async () => {
    await page.waitForSelector($(`history-rev-${ids.head}`), { timeout: T });
    await page.waitForSelector($(`history-rev-${ids.base}`), { timeout: T });
    const order = await page.$$eval('[data-testid^="history-rev-"]', (items) => items.map((item) => item.dataset.testid));
    assert(order[0] === `history-rev-${ids.head}`, `newest first expected, got ${order.join(', ')}`);
    assert((await page.locator('.revision.is-current').count()) === 0, 'a revision is marked current on an empty database');
    assert(/head/.test(await page.locator($(`history-rev-${ids.head}`)).textContent()), 'the head is not marked head');
    assert(/base/.test(await page.locator($(`history-rev-${ids.base}`)).textContent()), 'the base is not marked base');
  });

  await check('flask db upgrade runs both revisions', async () => {
    const out = (await type('flask db upgrade')).map((line) => line.text).join('\n');
    assert(out.includes(`Running upgrade  -> ${ids.base}`), `no "Running upgrade  -> ${ids.base}" in:\n${out}`);
    assert(out.includes(`Running upgrade ${ids.base} -> ${ids.head}`), `no "Running upgrade ${ids.base} -> ${ids.head}"`);
  });

  await check(`flask db current shows "${ids.head} (head)"`, async () => {
    const out = await type('flask db current');
    const line = out.find((l) => l.text === `${ids.head} (head)`);
    assert(line, `no "${ids.head} (head)" line in: ${out.map((l) => l.text).join(' | ')}`);
    assert(line.cls.includes('stdout'), `"${ids.head} (head)" is not on stdout`);
    assert(out.some((l) => l.cls.includes('stderr')), 'the INFO lines are not shown as stderr');
    await page.waitForSelector(`${$(`history-rev-${ids.head}`)}.is-current`, { timeout: T });
  });

  await check('uv run flask db history shows both revisions', async () => {
    const out = (await type('uv run flask db history')).map((line) => line.text);
    assert(out.some((t) => t.startsWith(`${ids.base} -> ${ids.head} (head)`)), `no "${ids.base} -> ${ids.head} (head)" line`);
    assert(out.some((t) => t.startsWith(`<base> -> ${ids.base}`)), `no "<base> -> ${ids.base}" line`);
  });

  await check('↑ recalls the previous command', async () => {
    const input = page.locator($('console-input'));
    await input.press('ArrowUp');
    assert((await input.inputValue()) === 'uv run flask db history', `got "${await input.inputValue()}"`);
    await input.press('ArrowUp');
    assert((await input.inputValue()) === 'flask db current', `got "${await input.inputValue()}"`);
    await input.press('ArrowDown');
    await input.press('ArrowDown');
    assert((await input.inputValue()) === '', `got "${await input.inputValue()}"`);
  });

  await check('a bad command shows an error line, and the page stays', async () => {
    const out = await type('flaks db upgrade');
    assert(out.some((l) => /\b(stderr|error)\b/.test(l.cls) && l.text.trim()), `no error line: ${JSON.stringify(out)}`);
    await page.waitForSelector(`${$('console-input')}:enabled`, { timeout: T });
    assert(await page.locator($('history')).isVisible(), 'the history pane is gone');
  });

  await check('no page errors, CSP violations or failed requests', async () => {
    assert(problems.length === 0, problems.join('; '));
  }, false);

  await mkdir(path.dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot });
  console.log(`screenshot: ${screenshot} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
} finally {
  await context.close();
  await server.close();
  await rm(profile, { recursive: true, force: true });
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
