// Browser end to end, the project leaves and comes back: IndexedDB persistence across a reload,
// storage full, damaged saved data, two tabs; the zip export runs under real Flask-Migrate
// (/usr/bin/python3 -m flask db upgrade), zip import (and its refusals), dropping revision
// scripts, share links.
//   node tests/e2e/persist.test.mjs BUILD_WEB_DIR
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { $, T, assert, ids, start, webRequire } from './harness.mjs';

const { unzipSync, zipSync, strToU8, strFromU8, deflateSync } = webRequire('fflate');
const h = await start('persist');
const { page, context } = h;
const work = await mkdtemp(path.join(os.tmpdir(), 'revlab-e2e-zip-'));

/** The saved record in IndexedDB, summarised. */
const saved = (p = page) => p.evaluate(() => new Promise((resolve, reject) => {
  const open = indexedDB.open('revlab', 1);
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const get = open.result.transaction('kv', 'readonly').objectStore('kv').get('project');
    get.onsuccess = () => {
      const r = get.result;
      open.result.close();
      resolve(r ? { version: r.version, files: Object.keys(r.project?.files ?? {}), database: r.project?.database?.length ?? 0, entries: r.entries?.length, models: r.project?.files?.['app/models.py'] } : null);
    };
  };
}));

/** Replaces the saved record (`record` as given), or merges `patch` into it. */
const writeSaved = (p, change) => p.evaluate((c) => new Promise((resolve, reject) => {
  const open = indexedDB.open('revlab', 1);
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const tx = open.result.transaction('kv', 'readwrite');
    const store = tx.objectStore('kv');
    const get = store.get('project');
    get.onsuccess = () => {
      const next = 'record' in c ? c.record : { ...get.result, ...c.patch, project: { ...get.result.project, ...(c.project ?? {}) } };
      store.put(next, 'project');
    };
    tx.oncomplete = () => { open.result.close(); resolve(); };
    tx.onerror = () => reject(tx.error);
  };
}), change);

/** Polls the raw saved record until `predicate(record)` holds. */
async function waitSaved(predicate, p = page) {
  const until = Date.now() + T;
  for (;;) {
    const record = await p.evaluate(() => new Promise((resolve) => {
      const open = indexedDB.open('revlab', 1);
      open.onsuccess = () => {
        const get = open.result.transaction('kv', 'readonly').objectStore('kv').get('project');
        get.onsuccess = () => { open.result.close(); resolve(get.result ?? null); };
      };
    }));
    try {
      if (record && predicate(record)) return record;
    } catch {
      /* not yet the expected shape */
    }
    if (Date.now() > until) throw new Error(`the saved project never matched ${predicate}`);
    await p.waitForTimeout(100);
  }
}

function python(cwd, ...args) {
  const run = spawnSync('/usr/bin/python3', ['-m', 'flask', 'db', ...args], {
    cwd,
    env: { PATH: '/usr/bin:/bin', HOME: cwd, LANG: 'C.UTF-8', FLASK_APP: 'main.py' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

async function unzipTo(bytes, dir) {
  const files = unzipSync(bytes);
  for (const [name, data] of Object.entries(files)) {
    const target = path.join(dir, name);
    assert(target.startsWith(dir + path.sep), `unsafe path in the export: ${name}`);
    if (name.endsWith('/')) await mkdir(target, { recursive: true });
    else {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, data);
    }
  }
  return Object.keys(files);
}

/** Imports a zip; the banner of an earlier import goes first, so that a check reads this one's. */
async function importZip(name, files) {
  const bytes = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])));
  await page.evaluate(() => document.querySelector('[data-testid="banner-import"]')?.remove());
  await page.setInputFiles($('import-input'), { name, mimeType: 'application/zip', buffer: Buffer.from(bytes) });
}

try {
  await h.openFirst();

  await h.check('the project survives a reload: files, database, current revision, time-travel list', async () => {
    await h.ok('flask db upgrade');
    await h.sql("INSERT INTO user_visits (ip_address, visit_count) VALUES ('10.1.1.1', 4), ('10.1.1.2', 6)");
    await page.click($('file-app/models.py'));
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('# kept across reloads');
    await waitSaved((s) => s.project.files['app/models.py'].includes('# kept across reloads'));
    const before = await saved();
    assert(before.database > 0 && before.entries >= 2, `saved: ${JSON.stringify(before)}`);
    await h.open();
    assert((await h.current()).join() === ids.head, `current after reload: ${await h.current()}`);
    const rows = await h.sql('SELECT sum(visit_count) FROM user_visits');
    assert(rows[0][0] === '10', `rows after reload: ${JSON.stringify(rows)}`);
    assert((await h.ok('cat app/models.py')).includes('# kept across reloads'), 'the edit is gone after reload');
    assert((await page.locator('[data-testid^="snapshot-restore-"]').count()) >= 2, 'the time-travel list is gone after reload');
    assert((await page.locator('.banner').count()) === 0, 'a banner after reload');
  });

  await h.check('storage full: a clear message, and dropping old snapshots lets it save again', async () => {
    await page.evaluate(() => {
      window.__put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function put() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await h.ok('flask db downgrade');
    await page.waitForSelector($('banner-quota'), { timeout: T });
    assert(/storage is full/.test(await page.locator($('banner-quota')).innerText()), 'the quota banner does not say why');
    await page.evaluate(() => { IDBObjectStore.prototype.put = window.__put; });
    const version = (await saved()).version;
    await page.click($('quota-drop'));
    await waitSaved((s) => s.version > version && s.entries.length <= 3);
    await page.waitForSelector($('banner-quota'), { state: 'detached', timeout: T });
  });

  await h.check('export zip runs under real Flask-Migrate: flask db upgrade exits 0, current is the head', async () => {
    await h.ok('flask db current'); // at the first revision, with 2 rows
    assert((await h.current()).join() === ids.base, `current before export: ${await h.current()}`);
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: T }), page.click($('export-zip'))]);
    const zipPath = path.join(work, 'export.zip');
    await download.saveAs(zipPath);
    const dir = path.join(work, 'backend');
    const names = await unzipTo(new Uint8Array(await readFile(zipPath)), dir);
    for (const name of ['main.py', 'app/models.py', 'migrations/env.py', 'migrations/alembic.ini', 'app.db']) assert(names.includes(name), `the zip lacks ${name}`);
    let run = python(dir, 'upgrade');
    assert(run.code === 0, `flask db upgrade exited ${run.code}:\n${run.out}`);
    assert(run.out.includes(`Running upgrade ${ids.base} -> ${ids.head}`), `real Flask-Migrate did not continue from the exported database:\n${run.out}`);
    run = python(dir, 'current');
    assert(run.code === 0 && run.out.includes(`${ids.head} (head)`), `flask db current:\n${run.out}`);
    console.log(`     real Flask-Migrate: flask db current -> ${run.out.split('\n').find((l) => l.includes('(head)'))}`);
  });

  await h.check('import a zip: files and database come in, the previous project stays in time travel', async () => {
    const exported = unzipSync(new Uint8Array(await readFile(path.join(work, 'export.zip'))));
    const files = {};
    for (const [name, data] of Object.entries(exported)) if (!name.endsWith('/') && name !== 'app.db') files[`backend/${name}`] = data;
    files['backend/migrations/versions/aaaabbbbcccc_imported.py'] = `"""imported\n\nRevision ID: aaaabbbbcccc\nRevises: ${ids.head}\nCreate Date: 2025-10-01 10:00:00\n\n"""\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = 'aaaabbbbcccc'\ndown_revision = '${ids.head}'\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    op.create_table('imported', sa.Column('id', sa.Integer(), nullable=False), sa.PrimaryKeyConstraint('id'))\n\n\ndef downgrade():\n    op.drop_table('imported')\n`;
    files['backend/app.db'] = await readFile(path.join(work, 'backend/app.db')); // upgraded by real Flask-Migrate
    files['backend/__pycache__/x.cpython-311.pyc'] = new Uint8Array([1, 2, 3]);
    await importZip('project.zip', files);
    await page.waitForSelector($('banner-import'), { timeout: T });
    const banner = await page.locator($('banner-import')).innerText();
    assert(/Imported \d+ files \+ app\.db/.test(banner), banner);
    assert(/Found 3 revision\(s\), env\.py .*app\/models\.py[^,]*, and \d+ module\(s\) of the app .*app\/extensions\.py/s.test(banner), banner);
    await page.waitForSelector(`${$('graph-node-aaaabbbbcccc')}.head`, { state: 'attached', timeout: T });
    assert((await h.current()).join() === ids.head, `current from the imported database: ${await h.current()}`);
    assert((await page.locator('[data-testid^="file-__pycache__"]').count()) === 0, 'a .pyc came in');
    await h.ok('flask db upgrade');
    assert((await h.current()).join() === 'aaaabbbbcccc', 'the imported revision did not apply');
    assert(/import project\.zip/.test(await page.locator($('snapshot-0')).innerText()) || /flask db upgrade/.test(await page.locator($('snapshot-0')).innerText()), 'no time-travel entry for the import');
  });

  await h.check('zip import refuses path traversal and zip bombs, with clear messages, changing nothing', async () => {
    const before = await page.locator('[data-testid^="file-"]').count();
    await importZip('evil.zip', { 'migrations/env.py': 'x', '../evil.py': 'print(1)' });
    await page.waitForSelector($('banner-import'), { timeout: T });
    let message = await page.locator($('banner-import')).innerText();
    assert(/"\.\.\/evil\.py": it climbs out of the folder/.test(message) && /Nothing was imported/.test(message), `traversal: ${message}`);
    await importZip('abs.zip', { '/etc/cron.d/x': 'x' });
    await page.waitForFunction(() => /absolute path/.test(document.querySelector('[data-testid="banner-import"]')?.textContent ?? ''), null, { timeout: T });
    const zeros = new Uint8Array(5 << 20);
    await importZip('bomb.zip', { 'migrations/env.py': 'x', 'migrations/big.py': zeros });
    await page.waitForFunction(() => /would unpack to 5\.0 MB; the limit is 4 MB/.test(document.querySelector('[data-testid="banner-import"]')?.textContent ?? ''), null, { timeout: T });
    const many = { 'migrations/env.py': 'x' };
    for (let i = 0; i < 14; i++) many[`migrations/f${i}.db`] = new Uint8Array(4 << 20);
    await importZip('many.zip', many);
    await page.waitForFunction(() => /more than 48 MB/.test(document.querySelector('[data-testid="banner-import"]')?.textContent ?? ''), null, { timeout: T });
    message = await page.locator($('banner-import')).innerText();
    await h.shot('zip-refused');
    assert((await page.locator('[data-testid^="file-"]').count()) === before, 'a refused zip changed the files');
    await page.setInputFiles($('import-input'), { name: 'notes.zip', mimeType: 'application/zip', buffer: Buffer.from('not a zip at all') });
    await page.waitForFunction(() => /not a zip file/.test(document.querySelector('[data-testid="banner-import"]')?.textContent ?? ''), null, { timeout: T });
  });

  await h.check('drag and drop a real project\'s versions/*.py into the page', async () => {
    const script = `"""add notes\n\nRevision ID: dddd00001111\nRevises: aaaabbbbcccc\nCreate Date: 2025-10-02 09:00:00\n\n"""\nfrom alembic import op\nimport sqlalchemy as sa\n\n\nrevision = 'dddd00001111'\ndown_revision = 'aaaabbbbcccc'\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    op.add_column('imported', sa.Column('note', sa.String(length=80), nullable=True))\n\n\ndef downgrade():\n    op.drop_column('imported', 'note')\n`;
    await page.evaluate((text) => {
      // The refused zips' banner goes first: on a busy machine the files can show before the
      // drop's own banner does, and the check would read the old one.
      document.querySelector('[data-testid="banner-import"]')?.remove();
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dddd00001111_add_notes.py', { type: 'text/x-python' }));
      dt.items.add(new File(['print("hi")'], 'script.py', { type: 'text/x-python' }));
      for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, script);
    await page.waitForSelector($('file-migrations/versions/dddd00001111_add_notes.py'), { timeout: T });
    await page.waitForSelector($('banner-import'), { timeout: T });
    const message = await page.locator($('banner-import')).innerText();
    assert(/Imported 1 file/.test(message) && /script\.py/.test(message), `drop message: ${message}`);
    await page.waitForSelector(`${$('graph-node-dddd00001111')}.head`, { state: 'attached', timeout: T });
    await h.ok('flask db upgrade');
    assert((await h.current()).join() === 'dddd00001111', 'the dropped revision did not apply');
  });

  await h.check('share link: the files travel in the URL fragment and open in a new tab', async () => {
    await page.click($('share'));
    const url = await page.locator($('share-url')).inputValue();
    await page.click($('dialog-ok'));
    assert(/#project=[A-Za-z0-9_-]+(&db=[A-Za-z0-9_-]+)?$/.test(url), `share url: ${url.slice(0, 120)}`);
    const here = (await h.current()).join();
    const other = await context.newPage();
    await h.open(other, url);
    // This browser has a saved project: the link asks before it replaces it.
    await other.waitForSelector($('share-ask'), { timeout: T });
    await other.click($('share-open'));
    await other.waitForSelector($('banner-share'), { timeout: T });
    assert(/Opened a shared project/.test(await other.locator($('banner-share')).innerText()), 'no share banner');
    await other.waitForSelector($('graph-node-dddd00001111'), { state: 'attached', timeout: T });
    // The link carries the database too (share-db.ts): the new tab is at the same revision.
    assert((await h.current(other)).join() === here, `the shared project is at ${await h.current(other)}, not ${here}`);
    assert(!other.url().includes('#project='), 'the fragment stayed in the address bar');
    await other.close();
  });

  await h.check('share links that are damaged or carry unsafe paths are refused (never run)', async () => {
    const other = await context.newPage();
    await h.open(other, `${h.server.url}#project=not*base64`);
    await other.waitForSelector($('banner-share'), { timeout: T });
    assert(/damaged/.test(await other.locator($('banner-share')).innerText()), 'damaged link accepted');
    const evil = Buffer.from(deflateSync(strToU8(JSON.stringify({ v: 1, files: { '../../etc/passwd': 'x' } })))).toString('base64url');
    await other.goto(`${h.server.url}#project=${evil}`);
    await other.waitForFunction(() => /unsafe path/.test(document.querySelector('[data-testid="banner-share"]')?.textContent ?? ''), null, { timeout: T });
    await other.close();
  });

  await h.check('two tabs: the second is told, does not save, and can take over; the first then stops saving', async () => {
    const version = (await saved()).version;
    const second = await context.newPage();
    await h.open(second);
    await second.waitForSelector($('banner-tabs'), { timeout: T });
    assert(/open in another tab/.test(await second.locator($('banner-tabs')).innerText()), 'no "open in another tab" notice');
    await h.shot('second-tab', second);
    await h.ok('rm app.db', second);
    await second.waitForTimeout(700);
    assert((await saved()).version === version, 'the second tab saved while the first owns the project');
    await second.click($('tabs-takeover'));
    await waitSaved((s) => s.version > version && s.project.database === '');
    await page.waitForSelector($('banner-tabs'), { timeout: T });
    assert(/took over/.test(await page.locator($('banner-tabs')).innerText()), 'the first tab was not told');
    const taken = (await saved()).version;
    await h.ok('flask db current');
    await page.click($('verb-upgrade'));
    await h.settled('flask db upgrade');
    await page.waitForTimeout(700);
    assert((await saved()).version === taken, 'the first tab still saved after the take-over');
    await second.close();
    await page.click($('tabs-reload'));
    await page.waitForSelector('body[data-ready="true"]', { timeout: T });
    await page.waitForSelector(`${$('graph-node-base')}.current`, { state: 'attached', timeout: T });
    assert((await page.locator($('banner-tabs')).count()) === 0, 'still a tabs notice after reloading alone');
  });

  await h.check('a write from elsewhere (version moved on) is detected: conflict notice, no overwrite', async () => {
    await page.waitForTimeout(300);
    const { version } = await saved();
    await writeSaved(page, { patch: { version: version + 5 } });
    await h.ok('flask db upgrade');
    await page.waitForSelector($('banner-tabs'), { timeout: T });
    assert(/Another tab saved/.test(await page.locator($('banner-tabs')).innerText()), 'no conflict notice');
    assert((await saved()).version === version + 5, 'the conflicting write went through');
  });

  await h.check('damaged saved data: a message and a way to recover, never a blank page', async () => {
    await writeSaved(page, { record: { version: 'x', nonsense: true } });
    await h.open();
    await page.waitForSelector($('banner-storage'), { timeout: T });
    assert(/could not be loaded/.test(await page.locator($('banner-storage')).innerText()), 'no message');
    await h.shot('recover');
    await h.ok('flask db current'); // the page works meanwhile, on the demo
    await page.click($('recover-reset'));
    await waitSaved((s) => typeof s.version === 'number' && s.project.database === '');
    await h.open();
    assert((await page.locator($('banner-storage')).count()) === 0, 'the banner came back after recovering');
    // a database that is not SQLite
    await writeSaved(page, { patch: {}, project: { database: Buffer.from('x'.repeat(3000)).toString('base64') } });
    await h.open();
    await page.waitForSelector($('banner-storage'), { timeout: T });
    assert(/damaged/.test(await page.locator($('banner-storage')).innerText()), 'a damaged database was not reported');
    await page.click($('recover-reset'));
    await page.waitForSelector($('banner-storage'), { state: 'detached', timeout: T });
  });
} finally {
  await rm(work, { recursive: true, force: true });
  await h.finish();
}
