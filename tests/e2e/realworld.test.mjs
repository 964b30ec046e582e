// Browser end to end, issue 14: a real project's zip, imported through the page's import control,
// runs its upgrade and downgrade in the page's console, with rows in its tables so that its data
// migrations loop over them. The projects are the four of ../shared/realworld (test data kept
// beside the checkout, never in it; realworld.mjs builds each project's Flask backend zip in
// memory). Every expected result comes from real Flask-Migrate running the same steps on the same
// files (realworld-reference.py, in the background while the browser works): console output
// (stdout, and stderr's "Running upgrade ..." lines), exit codes, and the rows of each query.
// Without ../shared/realworld the file prints why and exits 77 (ctest's SKIP_RETURN_CODE).
//   node tests/e2e/realworld.test.mjs BUILD_WEB_DIR
import { $, T, assert, start } from './harness.mjs';
import { zipOf } from './projects.mjs';
import { SHARED, missing, realProject, reference, verifyHashes } from './realworld.mjs';

const absent = missing();
if (absent) {
  console.log(`SKIP realworld: ${absent} (the real projects live beside the checkout, in ../shared/realworld)`);
  process.exit(77);
}

const TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
/** A `flask db` command; `fails`: real Flask-Migrate exits non-zero there (the page must too). */
const db = (args, fails = false) => ['db', args, fails];
const sql = (text) => ['sql', text];
const query = (text) => ['query', text];
const columns = (table) => query(`SELECT group_concat(name, ', ') FROM (SELECT name FROM pragma_table_info('${table}') ORDER BY cid)`);
/** A query of werkzeug password hashes: salted, so checked with real werkzeug rather than against Flask-Migrate's. */
const hashes = (text, plain) => ['hashes', text, plain];
/** A click on the head in the graph: its dialog previews what real `flask db upgrade --sql` prints. */
const pickHead = (fails) => ['pick', 'upgrade --sql', fails];

/**
 * Each project's steps, the same for the page and for real Flask-Migrate. Rows go in before the
 * revisions whose data migrations read them, and stay through batch rebuilds both ways.
 */
const SCENARIOS = {
  // Loops over rows (weights, password hashing), a Python Enum and a project constant as column
  // defaults, a decorator from the project that skips SQLite, batch rebuilds with AUTOINCREMENT.
  ihatemoney: [
    db('history'),
    db('upgrade --sql', true),
    pickHead(true),
    db('upgrade 26d6a218c329'),
    sql("INSERT INTO project (id, name, password, contact_email) VALUES ('demo', 'Demo', 'secret1', 'demo@example.org'), ('trip', 'Trip', 'secret2', NULL);" +
      " INSERT INTO person (id, project_id, name, activated, weight) VALUES (1, 'demo', 'Alice', 1, NULL), (2, 'demo', 'Bob', 1, -2), (3, 'trip', 'Carol', 0, 2.5);" +
      " INSERT INTO bill (id, payer_id, amount, date, what, archive) VALUES (1, 1, 42.5, '2020-01-02', 'Dinner', NULL), (2, 3, 10, '2020-02-03', 'Taxi', NULL);" +
      " INSERT INTO billowers (bill_id, person_id) VALUES (1, 1), (1, 2), (2, 3);"),
    db('upgrade'),
    db('current'),
    hashes('SELECT id, password FROM project ORDER BY id', { demo: 'secret1', trip: 'secret2' }),
    query('SELECT id, quote(project_id), quote(name), quote(activated), quote(weight) FROM person ORDER BY id'),
    query('SELECT id, quote(name), quote(contact_email), quote(logging_preference), quote(default_currency) FROM project ORDER BY id'),
    query('SELECT id, quote(amount), quote(converted_amount), quote(original_currency), quote(bill_type), quote(date), quote(creation_date) FROM bill ORDER BY id'),
    query('SELECT bill_id, person_id FROM billowers ORDER BY bill_id, person_id'),
    query(TABLES),
    db('downgrade a67119aa3ee5'),
    query('SELECT id, quote(name), quote(weight) FROM person ORDER BY id'),
    query('SELECT id, quote(amount), quote(what), quote(date) FROM bill ORDER BY id'),
    query(TABLES),
    db('downgrade base'),
    db('current'),
    query(TABLES),
  ],
  // sa.inspect helpers, a custom JSON column type, loops that turn text into JSON and back.
  'open-webui': [
    db('history'),
    db('upgrade --sql', true),
    pickHead(true),
    db('upgrade 6a39f3d8e55c'),
    sql("INSERT INTO chat (id, user_id, title, chat, created_at, updated_at, share_id, archived) VALUES" +
      " ('c1', 'u1', 'Hello', '{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}', 1700000000, 1700000001, NULL, 0)," +
      " ('c2', 'u1', 'Broken', 'not json', 1700000002, 1700000003, NULL, 0);" +
      " INSERT INTO tag (id, name, user_id, data) VALUES ('Work Stuff', 'Work Stuff', 'u1', NULL), ('pinned', 'pinned', 'u1', NULL);" +
      " INSERT INTO chatidtag (id, tag_name, chat_id, user_id, timestamp) VALUES ('t1', 'Work Stuff', 'c1', 'u1', 1), ('t2', 'pinned', 'c1', 'u1', 2);"),
    db('upgrade'),
    db('current'),
    query('SELECT id, quote(title), quote(chat), quote(pinned), quote(meta), quote(archived) FROM chat ORDER BY id'),
    query('SELECT quote(id), quote(name), quote(user_id), quote(meta) FROM tag ORDER BY id'),
    query(TABLES),
    db('downgrade 6a39f3d8e55c'),
    query('SELECT id, quote(title), quote(chat) FROM chat ORDER BY id'),
    db('downgrade base'),
    db('current'),
    query(TABLES),
  ],
  // Autogenerated revisions in batch mode: rows copied through each rebuild, both ways.
  microblog: [
    db('history'),
    db('upgrade --sql', false),
    pickHead(false),
    db('upgrade 780739b227a7'),
    sql("INSERT INTO user (id, username, email, password_hash) VALUES (1, 'susan', 'susan@example.com', NULL), (2, 'john', 'john@example.com', 'x');" +
      " INSERT INTO post (id, body, timestamp, user_id) VALUES (1, 'hello', '2024-01-01 10:00:00.000000', 1);"),
    db('upgrade'),
    db('current'),
    query('SELECT id, quote(username), quote(email), quote(about_me), quote(last_seen), quote(token) FROM user ORDER BY id'),
    query('SELECT id, quote(body), quote(language), user_id FROM post ORDER BY id'),
    query(TABLES),
    db('downgrade 780739b227a7'),
    columns('user'),
    query('SELECT id, quote(username), quote(email), quote(password_hash) FROM user ORDER BY id'),
    db('downgrade base'),
    db('current'),
    query(TABLES),
  ],
  // Early (2014) revisions without batch mode: ADD and DROP COLUMN on tables with rows.
  flasky: [
    db('history'),
    db('upgrade --sql', false),
    pickHead(false),
    db('upgrade'),
    sql("INSERT INTO roles (id, name, \"default\", permissions) VALUES (1, 'User', 1, 7);" +
      " INSERT INTO users (id, username, role_id, email, name) VALUES (1, 'john', 1, 'john@example.com', 'John');"),
    db('current'),
    query(TABLES),
    db('downgrade 38c4e85512a9'),
    columns('users'),
    query('SELECT id, quote(username), quote(role_id) FROM users ORDER BY id'),
    columns('roles'),
    query('SELECT id, quote(name) FROM roles ORDER BY id'),
    db('downgrade base'),
    db('current'),
    query(TABLES),
  ],
};

const IN_A_FOLDER = new Set(['microblog', 'flasky']);
let projects;
try {
  projects = Object.keys(SCENARIOS).map(realProject);
} catch (error) {
  console.log(`FAIL the real projects' backends: ${error.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
// Real Flask-Migrate runs every scenario, one project after the other, while the browser starts and works.
const expected = {};
let chain = Promise.resolve();
for (const p of projects) {
  const steps = SCENARIOS[p.name].map(([kind, arg]) => [{ hashes: 'query', pick: 'db' }[kind] ?? kind, arg]);
  expected[p.name] = chain = chain.then(() => reference(p.files, steps));
  expected[p.name].catch(() => {}); // reported by the check that awaits it
}
const h = await start('realworld');
const { page } = h;
console.log(`     real projects from ${SHARED}: ${projects.map((p) => `${p.name} (${p.revisions.length} revisions)`).join(', ')}`);

async function importZip(name, bytes) {
  await page.evaluate(() => document.querySelector('[data-testid="banner-import"]')?.remove());
  await page.setInputFiles($('import-input'), { name, mimeType: 'application/zip', buffer: Buffer.from(bytes) });
  await page.waitForSelector($('banner-import'), { timeout: T });
  return page.locator($('banner-import')).innerText();
}

/** A line for the console's shell, as a user quotes it: "..." with \ before ", \ and $. */
const shellQuote = (text) => `"${text.replace(/["\\$]/g, (c) => `\\${c}`)}"`;

/** Runs a console line; returns its stdout and stderr lines and exit status. */
async function run(line) {
  const out = await h.type(line);
  const exit = out.find((l) => /\bexit\b/.test(l.cls));
  return {
    exit: exit ? Number(/\d+/.exec(exit.text)?.[0]) : 0,
    out: out.filter((l) => /\bstdout\b/.test(l.cls)).map((l) => l.text),
    err: out.filter((l) => /\bstderr\b/.test(l.cls)).map((l) => l.text),
    all: out.map((l) => l.text),
  };
}

const steps = (lines) => lines.filter((l) => /^INFO {2}\[alembic\.runtime\.migration\] Running /.test(l));
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const show = (v) => JSON.stringify(v).slice(0, 400);

/** The tables the Schema view shows as present (a dropped table stays, struck, until the next step). */
async function schemaTables() {
  await page.click($('tab-schema'));
  return page.$$eval('[data-testid^="schema-table-"]:not(.dropped)', (cards) => cards.map((c) => c.dataset.testid.slice('schema-table-'.length)).sort());
}

/**
 * Where the Graph tab says the database is: its summary ("database at"), and the node marked
 * current once the canvas is scrolled to it (it draws only what is in view: base is at the bottom
 * of a long history, heads at the top). Fails unless both say `want` (a revision id or 'base').
 */
async function checkGraphAt(want) {
  await page.click($('tab-graph'));
  const summary = () => page.$eval('.graph-summary .fact-value', (v) => v.textContent);
  const says = want === 'base' ? '<base> (no revision applied)' : want;
  await page.waitForFunction((text) => document.querySelector('.graph-summary .fact-value')?.textContent === text, says, { timeout: 10_000 })
    .catch(() => {});
  assert((await summary()) === says, `the graph's summary says the database is at ${await summary()}, not ${says}`);
  await page.$eval($('graph-canvas'), (canvas, bottom) => (canvas.scrollTop = bottom ? canvas.scrollHeight : 0), want === 'base');
  await page.waitForSelector(`${$(`graph-node-${want}`)}.current`, { state: 'attached', timeout: 10_000 }).catch(() => {});
  const marked = await h.current();
  assert(same(marked, [want]), `the graph marks ${show(marked)} as current, not ${want}`);
}

await h.openFirst();
for (const p of projects) {
  const scenario = SCENARIOS[p.name];

  await h.check(`${p.name}: the zip of its Flask backend${IN_A_FOLDER.has(p.name) ? ' (in its folder)' : ''} imports through the import control, naming its ${p.revisions.length} revisions, env.py, app/models.py and its ${p.modules.length} modules, nothing unusable`, async () => {
    // Two are zipped as a file manager zips the project's folder: every path under one top folder.
    const top = IN_A_FOLDER.has(p.name) ? `${p.name}-backend/` : '';
    const banner = await importZip(`${p.name}.zip`, zipOf(Object.fromEntries(Object.entries(p.files).map(([name, text]) => [top + name, text]))));
    assert(new RegExp(`Imported ${Object.keys(p.files).length} files\\.`).test(banner), `banner: ${banner}`);
    const found = `Found ${p.revisions.length} revision(s), env.py (it runs before every command), app/models.py (the models migrate compares), and ${p.modules.length} module(s) of the app that revisions can import`;
    assert(banner.includes(found), `banner lacks "${found}": ${banner}`);
    for (const module of [...p.modules].sort().slice(0, 5)) assert(banner.includes(module), `banner lacks ${module}: ${banner}`);
    assert(!/Could not use|Skipped|refused/i.test(banner), `banner: ${banner}`);
    await page.waitForSelector(`${$(`graph-node-${p.head}`)}.head`, { state: 'attached', timeout: T });
    assert((await page.locator('[data-testid^="graph-node-"].broken').count()) === 0, 'a revision is drawn as broken');
  });

  let real;
  await h.check(`${p.name}: real Flask-Migrate ran the same ${scenario.length} steps (the expected results)`, async () => {
    real = await expected[p.name];
    const odd = scenario.findIndex(([kind, , fails], i) => (kind === 'db' || kind === 'pick') && (real[i].exit !== 0) !== fails);
    assert(odd < 0, `real "flask db ${scenario[odd]?.[1]}" exited ${real[odd]?.exit}: ${real[odd]?.err.slice(-3).join(' | ')}`);
  });

  let position = 'base'; // where the last `flask db current` put the database
  for (const [i, [kind, arg, plain]] of scenario.entries()) {
    const title = kind === 'db' ? `flask db ${arg}, as under Flask-Migrate`
      : kind === 'sql' ? `sqlite3 app.db "${arg.slice(0, 60)}…" (rows for the data migrations)`
        : kind === 'hashes' ? `the passwords the page's hashing loop wrote (${arg}) verify with real werkzeug`
          : kind === 'pick' ? `a click on the head in the graph previews the SQL of real "flask db ${arg}"${plain ? ', and says where it stopped' : ''}`
          : `the Data view's SQL gives Flask-Migrate's rows: ${arg.slice(0, 90)}`;
    await h.check(`${p.name}: ${title}`, async () => {
      assert(real, 'no reference');
      const want = real[i];
      if (kind === 'db') {
        const got = await run(`flask db ${arg}`);
        assert(got.exit === want.exit, `exit ${got.exit}, Flask-Migrate's ${want.exit}: ${got.all.slice(-4).join(' | ')}`);
        assert(same(steps(got.err), steps(want.err)), `the steps differ: page ${show(steps(got.err))}, Flask-Migrate ${show(steps(want.err))}`);
        assert(same(got.out, want.out), `stdout differs: page ${show(got.out)}, Flask-Migrate ${show(want.out)}`);
        if (arg === 'current') {
          position = want.out.length ? want.out[0].split(' ')[0] : 'base';
          assert(position === 'base' || position === p.head, `Flask-Migrate's current: ${want.out}`);
          await checkGraphAt(position);
        }
      } else if (kind === 'pick') {
        await page.click($('tab-graph'));
        await page.$eval($('graph-canvas'), (canvas) => (canvas.scrollTop = 0));
        await page.click($(`graph-node-${p.head}`));
        await page.waitForSelector($('move-dialog'), { timeout: T });
        const preview = await page.$eval($('sql-preview'), (pre) => pre.textContent);
        const stopped = await page.locator($('sql-preview-stopped')).count() ? await page.locator($('sql-preview-stopped')).innerText() : undefined;
        await page.click($('dialog-cancel'));
        assert(preview === want.out.join('\n').trim(), `the preview differs: page ${show(preview.slice(-300))}, Flask-Migrate ${show(want.out.join('\n').trim().slice(-300))}`);
        const error = want.err.at(-1); // the exception Python printed last
        if (plain) assert(stopped?.includes(error), `no note that the preview stopped with ${error}: ${stopped}`);
        else assert(stopped === undefined, `the preview says it stopped: ${stopped}`);
        assert((await page.locator($('move-dialog')).count()) === 0, 'the dialog stayed');
      } else if (kind === 'sql') {
        const got = await run(`sqlite3 app.db ${shellQuote(arg)}`);
        assert(got.exit === 0 && got.all.length === 0, `the insert failed: ${got.all.join(' | ')}`);
      } else if (kind === 'hashes') {
        const rows = await h.sql(arg);
        assert(same(rows.map(([id]) => id), want.rows.map(([id]) => id)), `rows: page ${show(rows)}, Flask-Migrate ${show(want.rows)}`);
        assert(rows.every(([id, hash]) => hash !== plain[id]), `a password was left as it was: ${show(rows)}`);
        const ok = await verifyHashes(rows.map(([id, hash]) => [hash, plain[id]]));
        assert(ok.every(Boolean), `werkzeug rejects ${show(rows.filter((_, k) => !ok[k]))}`);
      } else {
        const rows = await h.sql(arg);
        assert(same(rows, want.rows), `rows differ: page ${show(rows)}, Flask-Migrate ${show(want.rows)}`);
        if (arg === TABLES) {
          const shown = await schemaTables();
          const tables = want.rows.map(([name]) => name).filter((name) => !name.startsWith('sqlite_'));
          assert(same(shown, tables), `the Schema view shows ${show(shown)}, not ${show(tables)}`);
          if (position === 'base') assert(same(tables, ['alembic_version']), `after downgrade base: ${show(tables)}`);
        }
      }
    });
  }

  await h.shot(p.name);
}

await h.finish();
