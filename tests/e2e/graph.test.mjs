// Browser end to end, the revision graph: roles (head, base, branch point, merge point, current),
// a click on a node previews the SQL (offline --sql) and then moves the database there, and a
// destructive step shows the data-loss warning of a dry run first (which changes nothing).
//   node tests/e2e/graph.test.mjs BUILD_WEB_DIR
import { $, T, assert, ids, start } from './harness.mjs';
import { revision } from './projects.mjs';

const h = await start('graph');
const { page } = h;
const node = (rev) => $(`graph-node-${rev}`);
const classes = (rev) => page.locator(node(rev)).getAttribute('class');

async function pick(rev) {
  await page.click($('tab-graph'));
  await page.click(node(rev));
  await page.waitForSelector($('move-dialog'), { timeout: T });
}

try {
  await h.openFirst();

  await h.check('the graph shows base, both revisions and their roles; <base> is current on no database', async () => {
    await page.waitForSelector(node(ids.head), { timeout: T });
    assert(/\bhead\b/.test(await classes(ids.head)), `head classes: ${await classes(ids.head)}`);
    assert(/\bbase\b/.test(await classes(ids.base)), `base classes: ${await classes(ids.base)}`);
    assert(/\bcurrent\b/.test(await classes('base')), '<base> is not current on an empty database');
    assert((await page.locator(`${$('graph')} path.edge`).count()) === 2, 'expected 2 edges');
    assert(await page.locator($(`history-rev-${ids.head}`)).count(), 'the history list is gone');
  });

  await h.check('a click on the head previews the upgrade SQL, then upgrades', async () => {
    await pick(ids.head);
    const sql = await page.locator($('sql-preview')).innerText();
    assert(/CREATE TABLE user_visits/.test(sql), `no CREATE TABLE in the preview: ${sql.slice(0, 200)}`);
    assert(/INSERT INTO alembic_version/.test(sql), 'no alembic_version in the preview');
    assert((await page.locator($('dataloss-warning')).count()) === 0, 'a data-loss warning on a first upgrade');
    assert((await page.locator($('sql-preview-stopped')).count()) === 0, 'a whole preview said it stopped');
    await h.shot('preview-upgrade');
    await page.click($('move-run'));
    await h.settled(`flask db upgrade ${ids.head}`);
    await page.waitForSelector(`${node(ids.head)}.current`, { timeout: T });
  });

  await h.check('a destructive downgrade shows the data-loss warning; Cancel changes nothing', async () => {
    await h.sql("INSERT INTO user_visits (ip_address, visit_count) VALUES ('10.0.0.1', 3), ('10.0.0.2', 5)");
    await pick(ids.base);
    const warning = await page.locator($('dataloss-warning')).innerText();
    assert(/dropping column 'user_visits\.visit_count' discards its values in 2 rows/.test(warning), `warning: ${warning}`);
    const sql = await page.locator($('sql-preview')).innerText();
    assert(/Running downgrade|DROP TABLE|_alembic_tmp_user_visits/.test(sql), `no downgrade SQL in the preview: ${sql.slice(0, 200)}`);
    await h.shot('dataloss');
    await page.click($('dialog-cancel'));
    assert((await page.locator($('move-dialog')).count()) === 0, 'the dialog stayed');
    assert(/\bcurrent\b/.test(await classes(ids.head)), 'the dry run moved the database');
    const rows = await h.sql('SELECT sum(visit_count) FROM user_visits');
    assert(rows[0][0] === '8', `the dry run changed the data: ${JSON.stringify(rows)}`);
  });

  await h.check('confirming runs the downgrade to the clicked revision', async () => {
    await pick(ids.base);
    await page.click($('move-run'));
    await h.settled(`flask db downgrade ${ids.base}`);
    await page.waitForSelector(`${node(ids.base)}.current`, { timeout: T });
    const out = (await h.lastOutput()).map((l) => l.text).join('\n');
    assert(out.includes('WARNI [revlab.safety]'), 'the console did not show the safety warning');
  });

  await h.check('the Downgrade button warns too when rows would be lost', async () => {
    await page.click($('verb-downgrade'));
    await page.waitForSelector($('dataloss-dialog'), { timeout: T });
    const warning = await page.locator($('dataloss-warning')).innerText();
    assert(/dropping table 'user_visits' discards its 2 rows/.test(warning), `warning: ${warning}`);
    await page.click($('dialog-cancel'));
    assert(/\bcurrent\b/.test(await classes(ids.base)), 'Cancel still downgraded');
  });

  await h.check('a click on <base> downgrades everything after its warning', async () => {
    await pick('base');
    assert(/dropping table 'user_visits'/.test(await page.locator($('dataloss-warning')).innerText()), 'no warning for the table');
    await page.click($('move-run'));
    await h.settled('flask db downgrade base');
    await page.waitForSelector(`${node('base')}.current`, { timeout: T });
  });

  await h.check('two heads: branch point and a multiple-heads warning; merge makes a merge point', async () => {
    await h.ok(`flask db revision -m "teammate change" --head ${ids.base} --splice`);
    await page.click($('tab-graph'));
    await page.waitForSelector($('graph-multiple-heads'), { timeout: T });
    assert(/\bbranchpoint\b/.test(await classes(ids.base)), `base classes: ${await classes(ids.base)}`);
    assert((await page.locator('[data-testid^="graph-node-"].head').count()) === 2, 'not two heads');
    await h.shot('branches');
    const out = await h.ok('flask db merge heads -m "merge heads"');
    const merge = /Generating \/backend\/migrations\/versions\/([0-9a-f]{12})_merge_heads\.py/.exec(out)?.[1];
    assert(merge, `no merge revision in: ${out}`);
    await page.waitForSelector(`${node(merge)}.mergepoint.head`, { timeout: T });
    assert((await page.locator($('graph-multiple-heads')).count()) === 0, 'still warns of two heads');
    await pick(merge);
    const sql = await page.locator($('sql-preview')).innerText();
    assert(sql.includes('CREATE TABLE user_visits'), 'the preview from an empty database has no CREATE TABLE');
    await page.click($('move-run'));
    await h.settled(`flask db upgrade ${merge}`);
    await page.waitForSelector(`${node(merge)}.current`, { timeout: T });
    await h.shot('merged');
  });

  await h.check('keyboard: Enter on a focused node opens the preview', async () => {
    await page.focus(node(ids.base));
    await page.keyboard.press('Enter');
    await page.waitForSelector($('move-dialog'), { timeout: T });
    await page.keyboard.press('Escape');
    await page.waitForSelector($('move-dialog'), { state: 'detached', timeout: T });
  });
  await h.check('a data migration that reads rows: the preview says where its offline run stopped, and the move still runs', async () => {
    // Offline (--sql), Alembic hands the script no rows: iterating over its result fails there, so the
    // preview is only the SQL before that step, which the dialog must say instead of showing it as all.
    const head = await page.$eval('[data-testid^="graph-node-"].head', (n) => n.dataset.testid.slice('graph-node-'.length));
    const script = revision('feed00000001', head, 'for row in op.get_bind().execute(sa.text("SELECT ip_address FROM user_visits")):\n        print(row.ip_address)');
    await page.setInputFiles($('import-input'), { name: 'feed00000001_read_rows.py', mimeType: 'text/x-python', buffer: Buffer.from(script) });
    await page.waitForSelector(node('feed00000001'), { state: 'attached', timeout: T });
    await pick('feed00000001');
    const stopped = await page.locator($('sql-preview-stopped')).innerText();
    assert(/The preview stops there/.test(stopped), `the note: ${stopped}`);
    assert(/feed00000001_read_rows\.py:\d+:\d+: TypeError: 'NoneType' object is not iterable/.test(stopped), `the note lacks the failure: ${stopped}`);
    assert(/SELECT ip_address FROM user_visits/.test(await page.locator($('sql-preview')).innerText()), 'the SQL before the failure is gone');
    assert((await page.locator($('move-failure')).count()) === 0, 'the dry run of the command itself failed');
    await h.shot('preview-stopped');
    await page.click($('move-run'));
    await h.settled('flask db upgrade feed00000001');
    await page.waitForSelector(`${node('feed00000001')}.current`, { state: 'attached', timeout: T });
  });
} finally {
  await h.finish();
}
