// Browser end to end, issue 17 finding 2: a project that runs forever never locks the user out.
// A link whose revision runs endless SQL opens (nothing of it runs at start-up, nor after a
// reload); the Stop button ends a long command and the project is as it was; the watchdog ends
// what runs too long by itself; a start that hangs on the saved project (the hang is injected into
// the worker: a busy loop on its `restore`) falls back to the demo and says how to go on; a reload
// while a start hangs, the loading banner's button, and `?safe` all start safely.
//   node tests/e2e/stop.test.mjs BUILD_WEB_DIR
import { $, T, assert, ids, start } from './harness.mjs';
import { demoFiles, revision, shareValue } from './projects.mjs';

const h = await start('stop');
const { page } = h;

// Legal SQL that runs for minutes (100,000 rows of a 1 MB printf, which depends on the row so
// SQLite cannot compute it once): only Stop or the watchdog end it.
const HEAVY = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x < 100000) SELECT sum(length(printf('%.*c', 1000000 + x % 2, 'x'))) FROM c";
const ENDLESS = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c';
const files = demoFiles();
files['migrations/versions/slow00000001_slow.py'] = revision('slow00000001', ids.head, `op.execute(${JSON.stringify(HEAVY)})`);
files['migrations/versions/endless00001_endless.py'] = revision('endless00001', 'slow00000001', `op.execute(${JSON.stringify(ENDLESS)})`);
const link = `${h.server.url}#project=${shareValue(files)}`;

/** The next wasm worker of the page freezes (a busy loop) when it is sent `cmd`. */
function freezeOn(cmd) {
  const handler = async (worker) => {
    if (!/\/assets\/worker-[^/]*\.js$/.test(worker.url())) return;
    page.off('worker', handler);
    await worker.evaluate((c) => {
      self.addEventListener('message', (event) => {
        if (event.data?.op === 'call' && event.data.request?.cmd === c) for (;;);
      });
    }, cmd).catch(() => {});
  };
  page.on('worker', handler);
}

/** The next fetch of the wasm module (a new worker's boot) is held back `ms` before it goes out. */
async function delayModule(ms) {
  await page.route('**/*.wasm', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue().catch(() => {});
  }, { times: 1 });
}

/** The saved record in IndexedDB: its version and whether it holds the link's revisions. */
const saved = () => page.evaluate(() => new Promise((resolve, reject) => {
  const open = indexedDB.open('revlab', 1);
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const get = open.result.transaction('kv', 'readonly').objectStore('kv').get('project');
    get.onsuccess = () => {
      const record = get.result;
      open.result.close();
      resolve(record ? { version: record.version, slow: Object.keys(record.project.files).some((p) => p.includes('slow00000001')) } : null);
    };
  };
}));

async function typeNoWait(line) {
  await page.locator($('console-input')).fill(line);
  await page.locator($('console-input')).press('Enter');
}

/** Runs `sql` in the Data tab's SQL box, presses Stop while it runs, and checks the box says so. */
async function stopInDataTab(sql) {
  await page.click($('tab-data'));
  await page.fill($('sql-input'), sql);
  await page.evaluate(() => document.querySelector('[data-testid="sql-result"]').replaceChildren());
  await page.click($('sql-run'));
  await page.waitForSelector(`${$('stop')}:visible`, { timeout: T });
  await page.click($('stop'));
  await page.waitForSelector(`${$('sql-result')} .error`, { timeout: T });
  assert(/Stopped\./.test(await page.locator($('sql-result')).innerText()), 'no stop message in the Data tab');
}

try {
  await h.openFirst();

  await h.check('a link whose revisions run endless SQL opens: nothing of it runs at start-up', async () => {
    const began = Date.now();
    await h.open(page, link);
    await page.waitForFunction(() => /Opened a shared project/.test(document.querySelector('[data-testid="banner-share"]')?.textContent ?? ''), null, { timeout: T });
    await page.waitForSelector($('graph-node-endless00001'), { state: 'attached', timeout: T });
    assert(Date.now() - began < T, 'the link took too long');
    assert((await h.current()).join() === 'base', 'something ran: the database moved');
  });

  await h.check('a reload runs nothing of it either: ready, with its graph, and the console answers', async () => {
    await h.open();
    await page.waitForSelector($('graph-node-endless00001'), { state: 'attached', timeout: T });
    assert((await h.ok('flask db heads')).includes('endless00001 (head)'), 'heads does not list the link\'s head');
  });

  await h.check('Stop ends a long upgrade: the project is as it was before it, and the console answers', async () => {
    await typeNoWait('flask db upgrade');
    await page.waitForSelector(`${$('stop')}:visible`, { timeout: T });
    await h.shot('stop-visible');
    await page.click($('stop'));
    await h.settled('flask db upgrade');
    const out = (await h.lastOutput()).map((l) => l.text).join('\n');
    assert(/Stopped\. The project is as it was before the command\./.test(out), `no stop message: ${out}`);
    assert(await page.locator($('stop')).isHidden(), 'the Stop button stayed');
    assert((await h.current()).join() === 'base', `the stopped upgrade left the database at ${await h.current()}`);
    assert(!/[0-9a-f]{12}/.test(await h.ok('flask db current')), 'current names a revision');
    await h.ok(`flask db upgrade ${ids.head}`);
    assert((await h.current()).join() === ids.head, 'an upgrade after Stop did not run');
  });

  await h.check('Stop ends long SQL in the console and in the Data tab; their rows stay as they were', async () => {
    await h.sql("INSERT INTO user_visits (ip_address, visit_count) VALUES ('10.9.9.9', 7)");
    await typeNoWait(`sqlite3 app.db "${HEAVY}"`);
    await page.waitForSelector(`${$('stop')}:visible`, { timeout: T });
    await page.click($('stop'));
    await h.settled(`sqlite3 app.db "${HEAVY}"`);
    assert(/Stopped\./.test((await h.lastOutput()).map((l) => l.text).join('\n')), 'no stop message in the console');
    await stopInDataTab(HEAVY);
    const rows = await h.sql('SELECT ip_address, visit_count FROM user_visits');
    assert(JSON.stringify(rows) === '[["10.9.9.9","7"]]', `rows after Stop: ${JSON.stringify(rows)}`);
  });

  await h.check('Stop pressed while the project comes back after an earlier Stop ends only the new request', async () => {
    // The first Stop throws the worker away; a new one boots (its module is held back here, as on
    // a slow machine) and restores the project. A query sent meanwhile waits for it; Stopping that
    // query must not end the restore, or the user's project would be dropped for the demo.
    await delayModule(4000);
    await typeNoWait(`sqlite3 app.db "${HEAVY}"`);
    await page.waitForSelector(`${$('stop')}:visible`, { timeout: T });
    await page.click($('stop'));
    await h.settled(`sqlite3 app.db "${HEAVY}"`);
    await stopInDataTab('SELECT count(*) FROM user_visits');
    assert((await page.locator($('banner-safe')).count()) === 0, 'the restore was ended: the demo is open');
    const rows = await h.sql('SELECT ip_address, visit_count FROM user_visits');
    assert(JSON.stringify(rows) === '[["10.9.9.9","7"]]', `the project did not come back: ${JSON.stringify(rows)}`);
    await page.waitForSelector($('graph-node-endless00001'), { state: 'attached', timeout: T });
  });

  await h.check('the watchdog stops a command that runs too long by itself (?watchdog=3000), and says so', async () => {
    await h.open(page, `${h.server.url}?watchdog=3000`);
    const began = Date.now();
    await h.type(`sqlite3 app.db "${HEAVY}"`);
    const out = (await h.lastOutput()).map((l) => l.text).join('\n');
    assert(/Stopped after 3 s without an answer/.test(out), `no watchdog message: ${out}`);
    assert(Date.now() - began < 15_000, `the watchdog took ${Date.now() - began} ms`);
    assert((await h.ok('flask db current')).includes(ids.head), 'the console does not answer after the watchdog');
  });

  await h.check('a start that hangs on the saved project opens the demo after the watchdog, and keeps the save', async () => {
    const before = await saved();
    assert(before?.slow, `the link's project is not the saved one: ${JSON.stringify(before)}`);
    freezeOn('restore');
    const began = Date.now();
    await h.open(page, `${h.server.url}?watchdog=3000`);
    await page.waitForSelector($('banner-safe'), { timeout: T });
    const text = await page.locator($('banner-safe')).innerText();
    assert(/took longer than 3 s/.test(text), `banner: ${text}`);
    assert(Date.now() - began < 20_000, `the start took ${Date.now() - began} ms`);
    await h.shot('safe-start');
    assert((await page.locator($('graph-node-endless00001')).count()) === 0, 'the saved project is open after all');
    await h.ok('flask db upgrade'); // the demo works, and is not saved over the saved project
    await page.waitForTimeout(800);
    assert(JSON.stringify(await saved()) === JSON.stringify(before), 'the demo was saved over the saved project');
  });

  await h.check('after a reload while a start hangs, the next start is safe (and says why)', async () => {
    freezeOn('restore');
    await page.goto(h.server.url);
    // The start is loading the saved project (and hangs there): the user gives up and reloads.
    await page.waitForFunction(() => sessionStorage.getItem('revlab.starting'), null, { timeout: T });
    await page.waitForTimeout(1000);
    assert((await page.evaluate(() => document.body.dataset.ready)) === undefined, 'the hung start finished after all');
    await h.open(); // the user reloads
    await page.waitForSelector($('banner-safe'), { timeout: T });
    assert(/did not finish/.test(await page.locator($('banner-safe')).innerText()), 'the safe start does not say why');
  });

  await h.check('Load my saved project tries it again: it hangs again and is stopped again', async () => {
    freezeOn('restore');
    await page.evaluate(() => history.replaceState(null, '', '?watchdog=3000'));
    await page.click($('safe-load'));
    await page.waitForSelector('body[data-ready="true"]', { timeout: T });
    await page.waitForFunction(() => /took longer than 3 s/.test(document.querySelector('[data-testid="banner-safe"]')?.textContent ?? ''), null, { timeout: T });
  });

  await h.check('a start still loading after 4 s offers a safe start: it opens the demo, not the saved project', async () => {
    freezeOn('restore');
    await page.goto(h.server.url);
    await page.waitForSelector($('loading-safe'), { timeout: T });
    await h.shot('loading-banner');
    await page.click($('loading-safe'));
    await page.waitForSelector('body[data-ready="true"]', { timeout: T });
    assert(new URL(page.url()).searchParams.has('safe'), `not a ?safe address: ${page.url()}`);
    await page.waitForSelector($('banner-safe'), { timeout: T });
    assert(/asked for a safe start/.test(await page.locator($('banner-safe')).innerText()), 'the banner does not say it was asked');
    assert((await page.locator($('graph-node-endless00001')).count()) === 0, 'a safe start loaded the saved project');
  });

  await h.check('?safe does not open a link either', async () => {
    await page.goto('about:blank');
    await h.open(page, link.replace('/#', '/?safe#'));
    await page.waitForSelector($('banner-safe'), { timeout: T });
    await page.waitForTimeout(500);
    assert((await page.locator($('banner-share')).count()) === 0, 'a safe start opened the link');
    assert((await page.locator($('graph-node-endless00001')).count()) === 0, 'a safe start shows the link\'s revisions');
  });

  await h.check('Discard my saved project: the demo is saved from then on, and the next start is normal', async () => {
    await page.click($('safe-discard'));
    await page.waitForFunction(() => !document.querySelector('[data-testid="banner-safe"]'), null, { timeout: T });
    await h.ok('flask db upgrade');
    await page.waitForTimeout(800);
    assert((await saved())?.slow === false, 'the saved project was not replaced by the demo');
    await h.open();
    assert((await page.locator($('banner-safe')).count()) === 0, 'still a safe start');
  });
} finally {
  await h.finish();
}
