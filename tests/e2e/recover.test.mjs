// Browser end to end, issue 17 finding 3: the worker dies, the page does not. A query whose
// result is about 1 GB ends in a clear error and the console still answers; a worker that throws
// (injected: an uncaught error in it) or stops answering (injected: a busy loop, caught by the
// watchdog) is replaced, the page says so, and the project is back as it was: files, rows and the
// current revision.
//   node tests/e2e/recover.test.mjs BUILD_WEB_DIR
import { $, T, assert, ids, start } from './harness.mjs';

const h = await start('recover');
const { page } = h;
const BIG = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c LIMIT 10000) SELECT printf('%.*c', 100000, 'x') FROM c";

/** The page's wasm worker (not the tasks worker; the newest, as a replaced one may linger in the list). */
function wasmWorker() {
  const worker = page.workers().filter((w) => /\/assets\/worker-[^/]*\.js$/.test(w.url())).at(-1);
  assert(worker, `no wasm worker among ${page.workers().map((w) => w.url()).join(', ')}`);
  return worker;
}

/** What the project holds, as the user sees it. */
async function project() {
  return {
    current: (await h.current()).join(),
    rows: JSON.stringify(await h.sql('SELECT ip_address, visit_count FROM user_visits ORDER BY id')),
    models: (await h.ok('cat app/models.py')).includes('# still here'),
  };
}

async function noFatal() {
  assert((await page.locator($('banner-fatal')).count()) === 0, `a fatal banner: ${await page.locator('.banner').allInnerTexts()}`);
  assert(await page.locator(`${$('console-input')}:enabled`).count(), 'the console is disabled');
}

try {
  await h.openFirst();

  await h.check('set up: upgraded, two rows, an edited models.py', async () => {
    await h.ok('flask db upgrade');
    await h.sql("INSERT INTO user_visits (ip_address, visit_count) VALUES ('10.0.0.1', 3), ('10.0.0.2', 5)");
    await page.click($('file-app/models.py'));
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('# still here');
    await h.ok('flask db current'); // the edit is part of the project now
  });
  const before = await project();

  await h.check('a result of about 1 GB in the Data tab: a clear error, the worker alive, the project as it was', async () => {
    await page.click($('tab-data'));
    await page.fill($('sql-input'), BIG);
    await page.evaluate(() => document.querySelector('[data-testid="sql-result"]').replaceChildren());
    await page.click($('sql-run'));
    await page.waitForSelector(`${$('sql-result')} .error`, { timeout: 60_000 });
    const message = await page.locator($('sql-result')).innerText();
    assert(/larger than|out of memory|failed/.test(message), `not a clear message: ${message}`);
    assert(!/object WebAssembly\.Exception/.test(message), `the raw exception leaked: ${message}`);
    await noFatal();
    assert(JSON.stringify(await project()) === JSON.stringify(before), 'the project changed');
  });

  await h.check('a worker that throws is replaced: the page says so, and the project is as it was', async () => {
    await wasmWorker().evaluate(() => setTimeout(() => {
      throw new Error('injected failure');
    }));
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="console-output"] .line')].some((l) => /restarted its WebAssembly core/.test(l.textContent)), null, { timeout: T });
    await h.shot('restarted');
    await noFatal();
    assert(JSON.stringify(await project()) === JSON.stringify(before), `the project after the restart: ${JSON.stringify(await project())}`);
    assert((await h.ok('flask db heads')).includes(`${ids.head} (head)`), 'the console does not answer');
  });

  await h.check('a worker that stops answering is stopped by the watchdog and replaced (?watchdog=3000)', async () => {
    await h.open(page, `${h.server.url}?watchdog=3000`);
    await wasmWorker().evaluate(() => setTimeout(() => {
      for (;;);
    }));
    const out = (await h.type('flask db history')).map((l) => l.text).join('\n');
    assert(/Stopped after 3 s without an answer/.test(out), `no watchdog message: ${out}`);
    await noFatal();
    assert(JSON.stringify(await project()) === JSON.stringify(before), 'the project changed');
  });

  await h.check('a worker that keeps dying ends in a clear failure with a safe start, not a dead page', async () => {
    const restarts = () => page.evaluate(() => [...document.querySelectorAll('[data-testid="console-output"] .line')].filter((l) => /restarted its WebAssembly core/.test(l.textContent)).length);
    for (let i = 0; i < 6 && !(await page.locator($('banner-fatal')).count()); i++) {
      const before = await restarts();
      await wasmWorker().evaluate(() => setTimeout(() => {
        throw new Error('injected failure');
      })).catch(() => {});
      // Each time, the new worker is up (and has the project back) before it dies again.
      await page.waitForFunction((n) => document.querySelector('[data-testid="banner-fatal"]') ||
        [...document.querySelectorAll('[data-testid="console-output"] .line')].filter((l) => /restarted its WebAssembly core/.test(l.textContent)).length > n, before, { timeout: T });
    }
    await page.waitForSelector($('banner-fatal'), { timeout: T });
    const text = await page.locator($('banner-fatal')).innerText();
    assert(/failed \d+ times in a minute/.test(text), `fatal banner: ${text}`);
    assert(await page.locator($('fatal-safe')).count(), 'no safe start on the fatal banner');
  });
} finally {
  await h.finish();
}
