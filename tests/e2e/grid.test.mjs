// Browser end to end, issue 15 (the Data view, as Prisma Studio and Drizzle Studio show a table):
// columns resize (drag a header's edge, or ←/→ on it) and the grid scrolls sideways instead of
// squeezing; a filter box per table says how many rows match; a cell is edited in place
// (double-click or Enter; Enter or leaving saves, Esc cancels) through an UPDATE keyed by the primary
// key or the rowid, after a time-travel snapshot, so Undo takes it back; a constraint failure, a view
// and a table without a usable key each say why and change nothing.
//   node tests/e2e/grid.test.mjs BUILD_WEB_DIR
import { readFile } from 'node:fs/promises';
import { $, T, assert, ids, start, webRequire } from './harness.mjs';

const h = await start('grid');
const { page } = h;
const rows = $('data-rows');
const entries = () => page.locator('[data-testid^="snapshot-restore-"]').count();
const note = () => page.locator($('grid-note')).innerText();
/** The browse grid's cell (0-based row, column name). */
async function cell(row, column) {
  const header = await page.$$eval(`${rows} th`, (ths) => ths.map((th) => th.textContent));
  const col = header.indexOf(column);
  assert(col >= 0, `no column ${column} in ${header}`);
  return page.locator(`${rows} tbody tr`).nth(row).locator('td').nth(col);
}
async function waitNote(pattern) {
  await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('[data-testid="grid-note"]')?.textContent ?? ''), pattern.source, { timeout: T });
  return note();
}
/** Waits until the line above the grid matches (and says what it held when it never did). */
async function waitInfo(pattern) {
  try {
    await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('[data-testid="data-info"]')?.textContent ?? ''), pattern.source, { timeout: T });
  } catch {
    throw new Error(`the line above the grid reads "${await page.locator($('data-info')).innerText()}", not ${pattern}`);
  }
}
async function browse(table) {
  await page.click($('tab-data'));
  await page.waitForFunction((name) => [...document.querySelectorAll('[data-testid="data-table"] option')].some((o) => o.value === name), table, { timeout: T });
  await page.selectOption($('data-table'), table);
  await page.waitForFunction((name) => (document.querySelector('[data-testid="data-info"]')?.textContent ?? '').includes(name), table, { timeout: T });
}

try {
  await h.openFirst();

  await h.check('the grid keeps its columns\' widths and scrolls sideways instead of squeezing them', async () => {
    await h.ok('flask db upgrade');
    await browse('user_visits');
    await page.fill($('seed-count'), '12');
    await page.click($('seed-rows'));
    await waitInfo(/12 of 12 rows/);
    // Widen two columns by keyboard until the table is wider than its pane.
    for (const name of ['ip_address', 'visited_at']) {
      await page.focus($(`col-resize-${name}`));
      for (let i = 0; i < 8; i++) await page.keyboard.press('Shift+ArrowRight');
    }
    const m = await page.evaluate(() => {
      const wrap = document.querySelector('[data-testid="data-rows"] .grid-wrap');
      const ths = Object.fromEntries([...wrap.querySelectorAll('th')].map((th) => [th.textContent, Math.round(th.getBoundingClientRect().width)]));
      wrap.scrollLeft = 10_000;
      const left = wrap.scrollLeft;
      wrap.scrollLeft = 0;
      return { client: wrap.clientWidth, scroll: wrap.scrollWidth, left, ths };
    });
    console.log(`     pane ${m.client} px, table ${m.scroll} px, columns ${JSON.stringify(m.ths)}`);
    assert(m.scroll > m.client + 200 && m.left > 200, `the grid does not scroll sideways: ${JSON.stringify(m)}`);
    assert(m.ths.ip_address >= 400 && m.ths.visited_at >= 400, `the widened columns were squeezed: ${JSON.stringify(m.ths)}`);
  });

  await h.check('a column resizes by dragging its header\'s edge and by ←/→; the width outlives a refresh', async () => {
    const th = () => page.locator(`${rows} th`).nth(0).boundingBox();
    const grip = page.locator($('col-resize-id'));
    const before = (await th()).width;
    const box = await grip.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const dragged = (await th()).width;
    assert(Math.abs(dragged - before - 60) <= 2, `dragging 60 px: ${before} -> ${dragged}`);
    await grip.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    const keyed = (await th()).width;
    assert(Math.abs(dragged - keyed - 32) <= 2, `two ← : ${dragged} -> ${keyed}`);
    assert(Number(await grip.getAttribute('aria-valuenow')) === Math.round(keyed), `aria-valuenow ${await grip.getAttribute('aria-valuenow')} for ${keyed}`);
    await page.click('text=Refresh');
    await page.waitForFunction((w) => Math.abs(document.querySelector('[data-testid="data-rows"] th').getBoundingClientRect().width - w) <= 2, keyed, { timeout: T });
  });

  await h.check('double-click edits a cell; Enter saves through an UPDATE after a snapshot, and Undo restores the row', async () => {
    const [[id, was]] = await h.sql('SELECT id, visit_count FROM user_visits ORDER BY rowid LIMIT 1');
    await page.click($('tab-data'));
    const count = await entries();
    const target = await cell(0, 'visit_count');
    await target.dblclick();
    const input = page.locator($('cell-input'));
    await input.waitFor({ timeout: T });
    assert((await input.inputValue()) === was, `the editor holds ${await input.inputValue()}, not ${was}`);
    await input.fill('4242');
    await input.press('Enter');
    assert(/Saved user_visits\.visit_count/.test(await waitNote(/Saved|Not saved/)), `note: ${await note()}`);
    assert((await entries()) === count + 1, 'no time-travel entry for the edit');
    const label = await page.locator($('snapshot-0')).innerText();
    assert(label.includes(`edit user_visits.visit_count where id=${id}`), `entry: ${label}`);
    assert((await h.sql(`SELECT visit_count, typeof(visit_count) FROM user_visits WHERE id = ${id}`))[0].join() === '4242,integer', 'the database does not hold 4242');
    await page.click($('tab-data'));
    assert((await (await cell(0, 'visit_count')).innerText()) === '4242', 'the grid does not show the saved value');
    await h.shot('edited');
    await page.click($('undo'));
    await page.waitForFunction((v) => [...document.querySelectorAll('[data-testid="data-rows"] tbody tr:first-child td')].some((td) => td.textContent === v), was, { timeout: T });
    assert((await h.sql(`SELECT visit_count FROM user_visits WHERE id = ${id}`))[0][0] === was, 'Undo did not restore the row');
  });

  await h.check('by keyboard: arrows move, Enter opens, Esc cancels (nothing changes); leaving the cell saves', async () => {
    await page.click($('tab-data'));
    const count = await entries();
    const first = await cell(0, 'id');
    await first.click();
    await page.keyboard.press('ArrowRight'); // ip_address
    await page.keyboard.press('ArrowDown'); // row 2
    await page.keyboard.press('Enter');
    const input = page.locator($('cell-input'));
    await input.waitFor({ timeout: T });
    const ip = await input.inputValue();
    await page.keyboard.type('typed but cancelled');
    await page.keyboard.press('Escape');
    assert(/cancelled/.test(await waitNote(/cancelled/)), `note: ${await note()}`);
    assert((await (await cell(1, 'ip_address')).innerText()) === ip, 'Esc did not put the value back');
    assert(await page.evaluate(() => document.activeElement?.tagName === 'TD'), 'focus did not go back to the cell');
    assert((await entries()) === count, 'a cancelled edit made a time-travel entry');
    await page.keyboard.press('F2');
    await input.waitFor({ timeout: T });
    await input.fill('10.9.8.7');
    await page.click($('data-filter')); // leaving the cell saves
    await waitNote(/Saved user_visits\.ip_address/);
    assert((await h.sql("SELECT count(*) FROM user_visits WHERE ip_address = '10.9.8.7'"))[0][0] === '1', 'blur did not save');
  });

  await h.check('the filter box says how many rows match, and keeps its text per table', async () => {
    await page.click($('tab-data'));
    await page.fill($('data-filter'), '10.9.8');
    await waitInfo(/1 of 12 rows of user_visits match “10\.9\.8”/);
    assert((await page.locator(`${rows} tbody tr`).count()) === 1, 'the grid shows more than the matching row');
    await page.fill($('data-filter'), '2');
    const want = (await h.sql("SELECT count(*) FROM user_visits WHERE id LIKE '%2%' OR ip_address LIKE '%2%' OR user_agent LIKE '%2%' OR visited_at LIKE '%2%' OR visit_count LIKE '%2%'"))[0][0];
    await page.click($('tab-data'));
    await waitInfo(new RegExp(`^${want} of 12 rows of user_visits match “2”`));
    await page.fill($('data-filter'), 'no such text %_');
    await page.waitForFunction(() => /No row of user_visits matches/.test(document.querySelector('[data-testid="data-rows"]')?.textContent ?? ''), null, { timeout: T });
    await page.fill($('data-filter'), '10.9.8');
    await waitInfo(/^1 of 12/);
    await browse('alembic_version');
    assert((await page.inputValue($('data-filter'))) === '', 'alembic_version got user_visits\' filter');
    await browse('user_visits');
    assert((await page.inputValue($('data-filter'))) === '10.9.8', 'user_visits lost its filter');
    await waitInfo(/^1 of 12/);
    await h.shot('filtered');
    await page.fill($('data-filter'), '');
    await waitInfo(/^12 of 12 rows/);
  });

  await h.check('a NOT NULL failure says why and changes nothing (no entry, the value stays)', async () => {
    await page.click($('tab-data'));
    const count = await entries();
    const target = await cell(2, 'ip_address');
    const was = await target.innerText();
    await target.dblclick();
    await page.fill($('cell-input'), 'NULL');
    await page.press($('cell-input'), 'Enter');
    const text = await waitNote(/Not saved|Saved/);
    assert(/Not saved: .*NOT NULL constraint failed: user_visits\.ip_address.*Nothing changed/.test(text), `note: ${text}`);
    assert((await (await cell(2, 'ip_address')).innerText()) === was, 'the cell does not show the old value');
    assert((await entries()) === count, 'a failed edit made a time-travel entry');
    assert((await h.sql('SELECT count(*) FROM user_visits WHERE ip_address IS NULL'))[0][0] === '0', 'the NULL went in');
  });

  await h.check('a table without a primary key is edited by rowid; NULL typed alone is NULL', async () => {
    await h.sql('CREATE TABLE loose (a TEXT, b INTEGER)');
    await h.sql("INSERT INTO loose VALUES ('x', 1), ('x', 1), ('y', 2)");
    await browse('loose');
    await (await cell(1, 'b')).dblclick();
    await page.fill($('cell-input'), '7');
    await page.press($('cell-input'), 'Enter');
    await waitNote(/Saved loose\.b/);
    assert((await h.sql('SELECT rowid, b FROM loose ORDER BY rowid')).map((r) => r.join(':')).join() === '1:1,2:7,3:2', 'the wrong row changed');
    await browse('loose');
    await (await cell(2, 'a')).dblclick();
    await page.fill($('cell-input'), 'NULL');
    await page.press($('cell-input'), 'Enter');
    await waitNote(/Saved loose\.a/);
    assert((await h.sql('SELECT a IS NULL FROM loose WHERE rowid = 3'))[0][0] === '1', 'NULL was not stored as NULL');
    assert(/edit loose\.a where rowid=3/.test(await page.locator($('snapshot-0')).innerText()), 'the entry does not name the row');
  });

  await h.check('editing alembic_version by hand moves the graph\'s current revision (a stamp by hand), and Undo moves it back', async () => {
    await browse('alembic_version');
    await (await cell(0, 'version_num')).dblclick();
    await page.fill($('cell-input'), ids.base);
    await page.press($('cell-input'), 'Enter');
    await waitNote(/Saved alembic_version\.version_num/);
    assert((await h.current()).join() === ids.base, `current after the edit: ${await h.current()}`);
    await page.click($('undo'));
    await page.waitForSelector(`${$(`graph-node-${ids.head}`)}.current`, { state: 'attached', timeout: T });
  });

  await h.check('a view, and a table whose rowid names are all taken, say why their rows cannot be edited', async () => {
    await h.sql('CREATE VIEW busy_visits AS SELECT id, visit_count FROM user_visits WHERE visit_count > 0');
    await h.sql('CREATE TABLE odd (rowid TEXT, oid TEXT, _rowid_ TEXT)');
    await h.sql("INSERT INTO odd VALUES ('a', 'b', 'c')");
    // the SQL box shows its result before the change is recorded
    await page.waitForFunction(() => /INSERT INTO odd/.test(document.querySelector('[data-testid="snapshot-0"]')?.textContent ?? ''), null, { timeout: T });
    const count = await entries();
    await browse('busy_visits');
    await (await cell(0, 'visit_count')).dblclick();
    assert(/busy_visits is a view: its rows cannot be edited/.test(await waitNote(/view/)), `note: ${await note()}`);
    assert((await page.locator($('cell-input')).count()) === 0, 'an editor opened on a view');
    await browse('odd');
    await (await cell(0, 'oid')).focus();
    await page.keyboard.press('Enter');
    assert(/odd has no primary key and no rowid/.test(await waitNote(/no primary key/)), `note: ${await note()}`);
    assert((await entries()) === count, 'refusing an edit made an entry');
    await h.sql('SELECT 1 AS one');
    await page.locator(`${$('sql-result')} td`).first().dblclick();
    assert(/Query results are read-only/.test(await waitNote(/read-only/)), `note: ${await note()}`);
  });

  await h.check('axe: no serious or critical violations with a grid shown and a cell open', async () => {
    await browse('user_visits');
    await (await cell(0, 'ip_address')).dblclick();
    await page.waitForSelector($('cell-input'), { timeout: T });
    await page.evaluate(`${await readFile(webRequire.resolve('axe-core/axe.min.js'), 'utf8')}\n;0`);
    const grave = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} at ${v.nodes[0]?.target.join(' ')}`));
    await page.keyboard.press('Escape');
    assert(grave.length === 0, grave.join('; '));
  });

  await h.check('the Data view in 中文', async () => {
    await page.click($('lang-toggle'));
    try {
      await browse('user_visits');
      assert((await page.getAttribute($('data-filter'), 'placeholder')) === '筛选行…', 'the filter box is not in 中文');
      await (await cell(0, 'id')).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      assert(/已取消编辑/.test(await waitNote(/已取消/)), `note: ${await note()}`);
      assert((await page.getAttribute($('col-resize-id'), 'aria-label')) === '列 id 的宽度', 'the resize handle is not in 中文');
    } finally {
      await page.click($('lang-toggle'));
    }
  });
} finally {
  await h.finish();
}
