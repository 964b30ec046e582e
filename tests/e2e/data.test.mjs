// Browser end to end, schema and data: the schema view (columns, types, nullability, defaults,
// indexes) with the last step's changes highlighted, browsing a table, running SQL, seeding sample
// rows; and safety: a snapshot before every change (undo, time travel), reset database, reset
// playground.
//   node tests/e2e/data.test.mjs BUILD_WEB_DIR
import { $, T, assert, ids, start } from './harness.mjs';

const h = await start('data');
const { page } = h;
const table = (name) => $(`schema-table-${name}`);

try {
  await h.openFirst();

  await h.check('schema view: no database yet, then the tables after upgrade', async () => {
    await page.click($('tab-schema'));
    assert(/No database yet/.test(await page.locator($('schema')).innerText()), 'no "No database yet" on an empty project');
    await h.ok('flask db upgrade');
    await page.click($('tab-schema'));
    await page.waitForSelector(table('user_visits'), { timeout: T });
    await page.waitForSelector(table('alembic_version'), { timeout: T });
    const card = await page.locator(table('user_visits')).innerText();
    for (const part of ['ip_address', 'VARCHAR(45)', 'NOT NULL', 'visit_count', 'INTEGER', 'ix_user_visits_ip_address', 'PK']) {
      assert(card.includes(part), `the user_visits card lacks "${part}": ${card}`);
    }
    assert(/\badded\b/.test(await page.locator(table('user_visits')).getAttribute('class')), 'the new table is not highlighted');
  });

  await h.check('the last step is highlighted: downgrade drops visit_count, upgrade adds it back', async () => {
    await h.ok('flask db downgrade');
    await page.click($('tab-schema'));
    const changes = await page.locator($('schema-changes')).innerText();
    assert(changes.includes('− user_visits.visit_count'), `changes: ${changes}`);
    assert(await page.locator(`${table('user_visits')} tr.dropped[data-column="visit_count"]`).count(), 'the dropped column is not shown struck');
    await h.shot('schema-dropped');
    await h.ok('flask db upgrade');
    await page.click($('tab-schema'));
    assert((await page.locator($('schema-changes')).innerText()).includes('+ user_visits.visit_count'), 'no "+ user_visits.visit_count"');
    assert(await page.locator(`${table('user_visits')} tr.added[data-column="visit_count"]`).count(), 'the added column is not highlighted');
    // a command that changes no schema keeps the last step's highlight
    await h.ok('flask db current');
    assert((await page.locator($('schema-changes')).innerText()).includes('+ user_visits.visit_count'), 'a read-only command cleared the highlight');
  });

  await h.check('seed rows into user_visits: plausible values for every column', async () => {
    await page.click($('tab-data'));
    await page.selectOption($('data-table'), 'user_visits');
    await page.fill($('seed-count'), '7');
    await page.click($('seed-rows'));
    await page.waitForFunction(() => /7 of 7 rows/.test(document.querySelector('[data-testid="data-info"]')?.textContent ?? ''), null, { timeout: T });
    const rows = await page.$$eval(`${$('data-rows')} tbody tr`, (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
    const header = await page.$$eval(`${$('data-rows')} th`, (ths) => ths.map((th) => th.textContent));
    const col = (name) => header.indexOf(name);
    assert(rows.length === 7, `${rows.length} rows shown`);
    for (const row of rows) {
      assert(/^\d+\.\d+\.\d+\.\d+$/.test(row[col('ip_address')]), `ip_address: ${row[col('ip_address')]}`);
      assert(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/.test(row[col('visited_at')]), `visited_at: ${row[col('visited_at')]}`);
      assert(/^\d+$/.test(row[col('visit_count')]), `visit_count: ${row[col('visit_count')]}`);
    }
    await h.shot('data-seeded');
  });

  await h.check('random() and randomblob() answer, with values that differ', async () => {
    // The page's SQLite has no filesystem: its randomness must not come from /dev/urandom (it hung).
    const rows = await h.sql('SELECT random(), random(), hex(randomblob(16))');
    assert(rows[0][0] !== rows[0][1], `two random() alike: ${JSON.stringify(rows)}`);
    assert(/^[0-9A-F]{32}$/.test(rows[0][2]) && rows[0][2] !== '0'.repeat(32), `randomblob: ${rows[0][2]}`);
  });

  await h.check('run SQL: a query shows its rows, an error shows its message', async () => {
    const rows = await h.sql('SELECT count(*), min(visit_count) >= 1 FROM user_visits');
    assert(rows[0][0] === '7' && rows[0][1] === '1', `got ${JSON.stringify(rows)}`);
    let failed = false;
    try {
      await h.sql('SELEC nonsense');
    } catch (error) {
      failed = /syntax error/i.test(error.message);
    }
    assert(failed, 'a bad statement did not show an SQL error');
  });

  await h.check('a data migration at work: seed before the visit_count revision, upgrade fills it', async () => {
    await h.ok(`flask db downgrade ${ids.base}`);
    await page.click($('tab-data'));
    await page.fill($('seed-count'), '3');
    await page.click($('seed-rows'));
    await page.waitForFunction(() => / of 10 rows/.test(document.querySelector('[data-testid="data-info"]')?.textContent ?? ''), null, { timeout: T });
    await h.ok('flask db upgrade');
    const rows = await h.sql('SELECT count(*), sum(visit_count = 1) FROM user_visits');
    assert(rows[0][0] === '10' && rows[0][1] === '10', `after the data migration: ${JSON.stringify(rows)}`);
  });

  await h.check('seeding works for any table (a table made with SQL, with a foreign key)', async () => {
    await h.sql('CREATE TABLE notes (id INTEGER PRIMARY KEY, visit_id INTEGER NOT NULL REFERENCES user_visits(id), body TEXT, score FLOAT, created_at DATETIME)');
    await page.click($('tab-data'));
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="data-table"] option')].some((o) => o.value === 'notes'), null, { timeout: T });
    await page.selectOption($('data-table'), 'notes');
    await page.fill($('seed-count'), '4');
    await page.click($('seed-rows'));
    await page.waitForFunction(() => /4 of 4 rows of notes/.test(document.querySelector('[data-testid="data-info"]')?.textContent ?? ''), null, { timeout: T });
    const rows = await h.sql('SELECT count(*) FROM notes WHERE visit_id IN (SELECT id FROM user_visits)');
    assert(rows[0][0] === '4', `foreign keys: ${JSON.stringify(rows)}`);
    await page.click($('tab-schema'));
    assert((await page.locator(table('notes')).innerText()).includes('→ user_visits(id)'), 'the schema view does not show the FK');
  });

  await h.check('every change is in the time-travel list; Undo brings back the dropped table with its rows', async () => {
    assert((await page.locator('[data-testid^="snapshot-restore-"]').count()) >= 8, 'too few snapshots');
    const first = await page.locator($('snapshot-0')).innerText();
    assert(/SQL: CREATE TABLE notes|seed 4 rows into notes/.test(first), `newest entry: ${first}`);
    await h.ok('flask db downgrade base');
    await page.click($('tab-schema'));
    await page.waitForFunction(() => !document.querySelector('[data-testid="schema-table-user_visits"]') ||
      document.querySelector('[data-testid="schema-table-user_visits"]').classList.contains('dropped'), null, { timeout: T });
    await page.click($('undo'));
    await page.waitForSelector(`${table('user_visits')}:not(.dropped)`, { timeout: T });
    const rows = await h.sql('SELECT count(*) FROM user_visits');
    assert(rows[0][0] === '10', `rows after undo: ${JSON.stringify(rows)}`);
    assert((await h.current()).join() === ids.head, `current after undo: ${await h.current()}`);
  });

  await h.check('time travel: restore the project as it was before the first upgrade, then come back', async () => {
    const entries = page.locator('[data-testid^="snapshot-restore-"]');
    const count = await entries.count();
    await entries.nth(count - 1).click(); // the oldest: before the first `flask db upgrade`
    await page.waitForSelector(`${$('graph-node-base')}.current`, { state: 'attached', timeout: T });
    await page.click($('tab-schema'));
    assert(/No database yet/.test(await page.locator($('schema')).innerText()), 'the database is still there');
    await page.click($('undo')); // undoing the restore
    await page.waitForSelector(`${$(`graph-node-${ids.head}`)}.current`, { state: 'attached', timeout: T });
    const rows = await h.sql('SELECT count(*) FROM notes');
    assert(rows[0][0] === '4', `notes after coming back: ${JSON.stringify(rows)}`);
    await h.shot('timetravel');
  });

  await h.check('Reset database is rm app.db (and undoable)', async () => {
    await page.click($('reset-db'));
    await h.settled('rm app.db');
    await page.waitForSelector(`${$('graph-node-base')}.current`, { state: 'attached', timeout: T });
    await page.click($('undo'));
    await page.waitForSelector(`${$(`graph-node-${ids.head}`)}.current`, { state: 'attached', timeout: T });
  });

  await h.check('Reset playground brings back the demo files and an empty database', async () => {
    await h.ok('flask db revision -m "extra"');
    await page.waitForSelector('[data-testid$="_extra.py"]', { timeout: T });
    await page.click($('reset-playground'));
    await page.click($('reset-ok'));
    await page.waitForSelector(`${$('graph-node-base')}.current`, { state: 'attached', timeout: T });
    await page.waitForSelector('[data-testid$="_extra.py"]', { state: 'detached', timeout: T });
    assert((await page.locator('[data-testid^="graph-node-"]').count()) === 3, 'not the demo graph (base + 2)');
    await page.click($('undo'));
    await page.waitForSelector('[data-testid$="_extra.py"]', { timeout: T });
  });
} finally {
  await h.finish();
}
