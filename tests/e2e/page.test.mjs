// Browser end to end, the workspace: layout, the console with every command of the guide, history
// and Tab completion, the buttons for the common verbs, and the editor (writes reach the core, a
// parse error shows inline at its line:col).
//   node tests/e2e/page.test.mjs BUILD_WEB_DIR
import { $, T, assert, ids, start } from './harness.mjs';

const h = await start('page');
const { page } = h;
const text = (out) => out.map((l) => l.text).join('\n');
const editorText = () => page.$$eval('.cm-line', (lines) => lines.map((line) => line.textContent).join('\n'));

try {
  await h.openFirst();

  await h.check('layout: file tree, editor on app/models.py, console, graph tabs', async () => {
    for (const file of ['app/models.py', 'migrations/alembic.ini', 'main.py']) await page.waitForSelector($(`file-${file}`), { timeout: T });
    for (const id of Object.values(ids)) {
      assert(await page.locator(`[data-testid^="file-migrations/versions/${id}_"]`).count(), `no file for revision ${id}`);
    }
    await page.waitForFunction(() => document.querySelector('[data-testid="editor-path"]')?.textContent === 'app/models.py', null, { timeout: T });
    assert((await editorText()).includes("__tablename__ = 'user_visits'"), 'models.py is not in the editor');
    for (const tab of ['graph', 'schema', 'data', 'lessons']) assert(await page.locator($(`tab-${tab}`)).isVisible(), `no ${tab} tab`);
    assert(await page.locator($(`graph-node-${ids.head}`)).count(), 'no graph node for the head');
    await h.shot('start');
  });

  await h.check("the guide's set-up lines are accepted: cd backend, set/export FLASK_APP", async () => {
    for (const line of ['cd backend', 'set FLASK_APP=main.py', 'export FLASK_APP=main.py']) {
      const out = await h.type(line);
      assert(!out.some((l) => /\b(alert|error|exit)\b/.test(l.cls)), `"${line}" failed: ${text(out)}`);
    }
  });

  await h.check('uv run flask db upgrade runs both revisions', async () => {
    const out = await h.ok('uv run flask db upgrade');
    assert(out.includes(`Running upgrade  -> ${ids.base}`), `no "Running upgrade  -> ${ids.base}" in:\n${out}`);
    assert(out.includes(`Running upgrade ${ids.base} -> ${ids.head}`), `no "Running upgrade ${ids.base} -> ${ids.head}"`);
  });

  await h.check(`uv run flask db current shows "${ids.head} (head)" on stdout`, async () => {
    const out = await h.type('uv run flask db current');
    const line = out.find((l) => l.text === `${ids.head} (head)`);
    assert(line, `no "${ids.head} (head)" line in: ${text(out)}`);
    assert(line.cls.includes('stdout'), 'it is not on stdout');
    assert(out.some((l) => l.cls.includes('stderr')), 'the INFO lines are not shown as stderr');
    await page.waitForSelector(`${$(`graph-node-${ids.head}`)}.current`, { timeout: T });
  });

  await h.check('uv run flask db history and history --verbose', async () => {
    let out = await h.ok('uv run flask db history');
    assert(out.includes(`${ids.base} -> ${ids.head} (head)`), `no "${ids.base} -> ${ids.head} (head)" line`);
    assert(out.includes(`<base> -> ${ids.base}`), `no "<base> -> ${ids.base}" line`);
    out = await h.ok('uv run flask db history --verbose');
    assert(out.includes(`Rev: ${ids.head} (head)`), `no "Rev: ${ids.head} (head)" in --verbose`);
  });

  await h.check('uv run flask db downgrade, then downgrade <revision_id>, then upgrade', async () => {
    let out = await h.ok('uv run flask db downgrade');
    assert(out.includes(`Running downgrade ${ids.head} -> ${ids.base}`), `no downgrade line: ${out}`);
    assert((await h.current()).join() === ids.base, `current is ${await h.current()}`);
    await h.ok('uv run flask db upgrade');
    out = await h.ok(`uv run flask db downgrade ${ids.base}`);
    assert(out.includes(`Running downgrade ${ids.head} -> ${ids.base}`), `no downgrade line: ${out}`);
    await h.ok('uv run flask db upgrade');
    assert((await h.current()).join() === ids.head, `current is ${await h.current()}`);
  });

  await h.check('sqlite3 app.db .schema, rm app.db, upgrade again (the guide\'s reset)', async () => {
    let out = await h.ok('sqlite3 app.db .schema');
    assert(/CREATE TABLE "?user_visits"?/.test(out), `no CREATE TABLE user_visits in: ${out}`);
    await h.ok('rm app.db');
    assert((await h.current()).join() === 'base', `current after rm is ${await h.current()}`);
    out = await h.ok('uv run flask db upgrade');
    assert(out.includes(`Running upgrade  -> ${ids.base}`), 'upgrade did not start from an empty database');
  });

  await h.check('↑/↓ walk through the commands entered before', async () => {
    const input = page.locator($('console-input'));
    await input.press('ArrowUp');
    assert((await input.inputValue()) === 'uv run flask db upgrade', `got "${await input.inputValue()}"`);
    await input.press('ArrowUp');
    assert((await input.inputValue()) === 'rm app.db', `got "${await input.inputValue()}"`);
    await input.press('ArrowDown');
    await input.press('ArrowDown');
    assert((await input.inputValue()) === '', `got "${await input.inputValue()}"`);
  });

  await h.check('Tab completes verbs and revision ids, and lists choices', async () => {
    const input = page.locator($('console-input'));
    await input.fill('flask db upg');
    await input.press('Tab');
    assert((await input.inputValue()) === 'flask db upgrade ', `verb: got "${await input.inputValue()}"`);
    await input.fill('uv run flask db downgrade 247');
    await input.press('Tab');
    assert((await input.inputValue()) === `uv run flask db downgrade ${ids.base} `, `revision: got "${await input.inputValue()}"`);
    await input.fill('flask db stamp 44e');
    await input.press('Tab');
    assert((await input.inputValue()) === `flask db stamp ${ids.head} `, `stamp revision: got "${await input.inputValue()}"`);
    await input.fill('flask db h');
    await input.press('Tab');
    assert((await input.inputValue()) === 'flask db h', 'ambiguous Tab changed the line');
    const listed = await page.locator('.line.completions').last().textContent();
    assert(listed.includes('heads') && listed.includes('history'), `choices: ${listed}`);
    await input.fill('');
  });

  await h.check('a bad command shows an error line, and the page stays', async () => {
    const out = await h.type('flaks db upgrade');
    assert(out.some((l) => /\b(alert|error)\b/.test(l.cls) && l.text.includes('command not found')), `no error line: ${JSON.stringify(out)}`);
    await page.waitForSelector(`${$('console-input')}:enabled`, { timeout: T });
  });

  await h.check('buttons: Downgrade and Upgrade run their commands in the console', async () => {
    await page.click($('verb-downgrade'));
    await h.settled('flask db downgrade');
    assert((await h.current()).join() === ids.base, `after Downgrade: ${await h.current()}`);
    await page.click($('verb-upgrade'));
    await h.settled('flask db upgrade');
    assert((await h.current()).join() === ids.head, `after Upgrade: ${await h.current()}`);
  });

  await h.check('button: Stamp asks for a revision and stamps it', async () => {
    await page.click($('verb-stamp'));
    await page.waitForSelector($('stamp-target'), { timeout: T });
    await page.selectOption($('stamp-target'), ids.base);
    await page.click($('stamp-ok'));
    await h.settled(`flask db stamp ${ids.base}`);
    assert((await h.current()).join() === ids.base, `after stamp: ${await h.current()}`);
    await page.click($('verb-stamp'));
    await page.selectOption($('stamp-target'), 'head');
    await page.click($('stamp-ok'));
    await h.settled('flask db stamp head');
    assert((await h.current()).join() === ids.head, `after stamp head: ${await h.current()}`);
  });

  await h.check('button: Merge heads is off with one head, merges two heads', async () => {
    assert(await page.locator($('verb-merge')).isDisabled(), 'Merge heads is enabled with one head');
    await h.ok(`flask db revision -m "teammate change" --head ${ids.base} --splice`);
    await page.waitForSelector(`${$('verb-merge')}:enabled`, { timeout: T });
    await page.click($('verb-merge'));
    await h.settled('flask db merge heads -m "merge heads"');
    const out = text(await h.lastOutput());
    assert(/Generating .*_merge_heads\.py/.test(out), `no merge file: ${out}`);
    await page.waitForSelector('[data-testid^="graph-node-"].mergepoint', { timeout: T });
    await page.waitForSelector(`${$('verb-merge')}:disabled`, { timeout: T });
  });

  await h.check('editor: an edit reaches the core (cat shows it)', async () => {
    await page.click($('file-app/models.py'));
    await page.waitForFunction(() => document.querySelector('[data-testid="editor-path"]')?.textContent === 'app/models.py', null, { timeout: T });
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('# edited in the browser');
    await page.waitForTimeout(450); // the write is debounced
    const out = await h.ok('cat app/models.py');
    assert(out.includes('# edited in the browser'), `cat does not show the edit:\n${out}`);
  });

  await h.check('editor: a syntax error in a revision shows inline at line:col, and clears when fixed', async () => {
    const file = await page.locator(`[data-testid^="file-migrations/versions/${ids.head}_"]`).getAttribute('data-path');
    await page.click($(`file-${file}`));
    await page.waitForFunction((f) => document.querySelector('[data-testid="editor-path"]')?.textContent === f, file, { timeout: T });
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('def broken(:');
    await page.waitForSelector(`${$('editor-error')}:not([hidden])`, { timeout: T });
    const strip = await page.locator($('editor-error')).innerText();
    assert(new RegExp(`${file.replaceAll('.', '\\.')}:\\d+:\\d+`).test(strip), `no file:line:col in "${strip}"`);
    await page.waitForSelector('.cm-lintRange-error, .cm-lint-marker-error', { timeout: T });
    await h.shot('parse-error');
    const out = await h.type('flask db current');
    assert(out.some((l) => /\b(alert|error)\b/.test(l.cls)), 'a command with a broken script did not fail');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    const doc = await editorText();
    assert(!doc.includes('def broken'), 'undo did not remove the broken line');
    await page.waitForSelector(`${$('editor-error')}[hidden]`, { state: 'attached', timeout: T });
  });

  await h.check('button: Migrate asks for a message and autogenerates a revision (needs the core\'s migrate)', async () => {
    await h.ok('flask db upgrade');
    await page.click($('file-app/models.py'));
    await page.locator('.cm-content').click();
    const models = await editorText();
    assert(models.includes('visit_count'), 'models.py is not open');
    // add a column to UserVisit: after the visit_count line
    await page.keyboard.press('Control+Home');
    const lines = models.split('\n');
    const at = lines.findIndex((l) => l.includes('visit_count = db.Column'));
    for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('email = db.Column(db.String(120))');
    await page.waitForTimeout(400);
    await page.click($('verb-migrate'));
    await page.fill($('migrate-message'), 'add user email field');
    await page.click($('migrate-ok'));
    await h.settled('flask db migrate -m "add user email field"');
    const out = text(await h.lastOutput());
    assert(!out.includes("No such command 'migrate'"), 'the core has no `flask db migrate` yet');
    assert(/Generating .*_add_user_email_field\.py/.test(out), `no revision generated: ${out}`);
    assert(out.includes("Detected added column 'user_visits.email'"), `autogenerate did not see the column: ${out}`);
    await page.waitForSelector('[data-testid$="_add_user_email_field.py"]', { timeout: T });
    await h.ok('flask db upgrade');
    await h.shot('after-migrate');
  });
} finally {
  await h.finish();
}
