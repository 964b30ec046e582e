// Browser end to end, several databases (Flask-Migrate's --multidb, SQLALCHEMY_BINDS): a project whose
// models put a table in a 'logs' bind is imported without a migrations folder; in the console,
// `flask db init --multidb`, `migrate` and `upgrade` make app.db and logs.db; the schema and data
// panes switch between them; undo brings both back; export and import carry both.
//   node tests/e2e/multidb.test.mjs BUILD_WEB_DIR
import { readFile } from 'node:fs/promises';
import { $, T, assert, start, webRequire } from './harness.mjs';
import { demoFiles, zipOf } from './projects.mjs';

const { unzipSync } = webRequire('fflate');
const h = await start('multidb');
const { page } = h;

try {
  await h.openFirst();

  await h.check('a project with a bind imports, and init --multidb, migrate and upgrade make both databases', async () => {
    const files = demoFiles({ versions: false });
    for (const name of Object.keys(files)) if (name.startsWith('migrations/')) delete files[name];
    files['app/models.py'] +=
      "\n\nclass LogLine(db.Model):\n    __bind_key__ = 'logs'\n    id = db.Column(db.Integer, primary_key=True)\n    text = db.Column(db.Text)\n";
    await page.setInputFiles($('import-input'), { name: 'multi.zip', mimeType: 'application/zip', buffer: zipOf(files) });
    await page.waitForSelector($('banner-import'), { timeout: T });
    await h.ok('flask db init --multidb');
    const migrate = await h.ok('flask db migrate -m "two databases"');
    assert(migrate.includes('Migrating database logs'), `migrate: ${migrate}`);
    assert(migrate.includes("Detected added table 'log_line'"), `migrate: ${migrate}`);
    const upgrade = await h.ok('flask db upgrade');
    assert((upgrade.match(/Running upgrade {2}->/g) ?? []).length === 2, `one step per database: ${upgrade}`);
  });

  await h.check('the schema pane switches between app.db and logs.db', async () => {
    await page.click($('tab-schema'));
    const schemaSwitch = `[role="tabpanel"]:not([hidden]) ${$('db-switch')} select`;
    await page.waitForSelector(schemaSwitch, { timeout: T });
    const options = await page.$$eval(`${schemaSwitch} option`, (os) => os.map((o) => o.textContent));
    assert(options.join(',') === 'app.db,logs.db', `options: ${options}`);
    await page.waitForSelector($('schema-table-user_visits'), { timeout: T });
    await page.selectOption(schemaSwitch, 'logs');
    await page.waitForSelector($('schema-table-log_line'), { timeout: T });
    assert((await page.locator($('schema-table-user_visits')).count()) === 0, 'logs.db shows user_visits');
    const changes = await page.locator($('schema-changes')).innerText();
    assert(!changes.includes('user_visits'), `logs.db shows app.db's last step: ${changes}`);
    await h.shot('schema-logs');
  });

  await h.check('the data pane follows: SQL runs in logs.db, and rows are seeded there', async () => {
    await page.click($('tab-data'));
    const dataSwitch = `[role="tabpanel"]:not([hidden]) ${$('db-switch')} select`;
    assert((await page.locator(dataSwitch).inputValue()) === 'logs', 'the data pane does not show logs.db');
    const rows = await h.sql("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    assert(rows.map((r) => r[0]).join(',') === 'alembic_version,log_line', `logs.db tables: ${JSON.stringify(rows)}`);
    await page.selectOption($('data-table'), 'log_line');
    await page.fill($('seed-count'), '3');
    await page.click($('seed-rows'));
    await page.waitForFunction(() => /3 of 3 rows/.test(document.querySelector('[data-testid="data-info"]')?.textContent ?? ''), null, { timeout: T });
    await page.selectOption(dataSwitch, '');
    const app = await h.sql("SELECT count(*) FROM sqlite_master WHERE name = 'log_line'");
    assert(app[0][0] === '0', 'app.db has a log_line table');
  });

  await h.check('downgrade base empties both databases, and undo brings both back with their rows', async () => {
    await h.ok('flask db downgrade base');
    await page.click($('undo'));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid^="graph-node-"].current').length === 1, null, { timeout: T });
    await page.click($('tab-data'));
    await page.selectOption(`[role="tabpanel"]:not([hidden]) ${$('db-switch')} select`, 'logs');
    const rows = await h.sql('SELECT count(*) FROM log_line');
    assert(rows[0][0] === '3', `logs.db after undo: ${JSON.stringify(rows)}`);
  });

  await h.check('export zip holds app.db and logs.db, and importing it brings logs.db back with its rows', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: T }), page.click($('export-zip'))]);
    const bytes = await readFile(await download.path());
    const names = Object.keys(unzipSync(new Uint8Array(bytes)));
    for (const name of ['app.db', 'logs.db', 'migrations/env.py', 'app/models.py']) assert(names.includes(name), `the zip lacks ${name}: ${names}`);
    await h.ok('flask db downgrade base');
    await page.setInputFiles($('import-input'), { name: 'export.zip', mimeType: 'application/zip', buffer: bytes });
    await page.waitForSelector($('banner-import'), { timeout: T });
    const banner = await page.locator($('banner-import')).innerText();
    assert(banner.includes('+ app.db, logs.db'), `banner: ${banner}`);
    await page.click($('tab-data'));
    await page.selectOption(`[role="tabpanel"]:not([hidden]) ${$('db-switch')} select`, 'logs');
    const rows = await h.sql('SELECT count(*) FROM log_line');
    assert(rows[0][0] === '3', `logs.db after import: ${JSON.stringify(rows)}`);
  });

  await h.check('the demo, with one database, shows no switch', async () => {
    await page.click($('reset-playground'));
    await page.click($('reset-ok'));
    await page.waitForSelector(`${$('graph-node-base')}.current`, { state: 'attached', timeout: T });
    await page.click($('tab-schema'));
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="db-switch"]')].every((s) => s.hidden), null, { timeout: T });
  });
} finally {
  await h.finish();
}
