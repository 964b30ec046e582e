// Browser end to end: a command's errors at their place in the editor, and time travel that only
// records commands that change something.
//   - a step that fails in a revision file, and a models.py the core cannot read, get an inline
//     marker (a CodeMirror lint diagnostic) at their line:col, whose tooltip holds the error and the
//     hint the console printed under it; the next command, Undo, a restore or a language switch clears them;
//   - read-only commands on a project with no database (current, heads, history) add no entry.
//   node tests/e2e/marks.test.mjs BUILD_WEB_DIR
import { $, T, assert, ids, start } from './harness.mjs';
import { demoFiles, revision, shareValue } from './projects.mjs';

const h = await start('marks');
const { page } = h;
const entries = () => page.locator('[data-testid^="snapshot-restore-"]').count();
const REV = 'migrations/versions/e1a1e1a1e1a1_add_email.py';

/** The open file's inline error markers: the line each sits on, and the text under it. */
const markers = () => page.evaluate(() => {
  const root = document.querySelector('[data-testid="editor"]').shadowRoot;
  return [...root.querySelectorAll('.cm-lintRange-error')].map((range) => ({
    line: [...root.querySelectorAll('.cm-line')].indexOf(range.closest('.cm-line')) + 1,
    text: range.textContent,
  }));
});

/** Opens a file from the tree and waits until the editor shows it. */
async function openFile(path) {
  await page.click($(`file-${path}`));
  await page.waitForFunction((p) => document.querySelector('[data-testid="editor-path"]')?.textContent === p, path, { timeout: T });
}

/** Hovers the first marker and returns its tooltip's text. */
async function tooltip() {
  await page.locator('.cm-lintRange-error').first().hover();
  await page.waitForSelector('.cm-tooltip-lint', { timeout: T });
  return page.locator('.cm-tooltip-lint').innerText();
}

try {
  await h.openFirst();

  await h.check('read-only commands on a project with no database add no time-travel entry; upgrade adds one', async () => {
    assert((await entries()) === 0, `entries at start: ${await entries()}`);
    for (const line of ['flask db current', 'flask db heads', 'uv run flask db history', 'flask db current', 'sqlite3 app.db .tables']) {
      await h.ok(line);
      assert((await entries()) === 0, `"${line}" added a time-travel entry`);
    }
    await h.ok('flask db upgrade');
    assert((await entries()) === 1, `upgrade left ${await entries()} entries`);
    await h.ok('flask db current');
    assert((await entries()) === 1, 'current after upgrade added an entry');
  });

  await h.check('a failed step marks its line:col in the revision file, with the error and the hint', async () => {
    const files = demoFiles();
    files[REV] = revision('e1a1e1a1e1a1', ids.head, "op.add_column('user_visits', sa.Column('email', sa.String(120), nullable=False))");
    await h.open(page, `${h.server.url}#project=${shareValue(files)}`);
    // The project changed above, so the link asks before it replaces it.
    await page.waitForSelector($('share-ask'), { timeout: T });
    await page.click($('share-open'));
    await page.waitForSelector($(`file-${REV}`), { timeout: T });
    await h.ok(`flask db upgrade ${ids.head}`);
    await h.ok(`sqlite3 app.db "INSERT INTO user_visits (ip_address, visit_count) VALUES ('10.0.0.1', 1)"`);
    await openFile(REV);
    const out = (await h.type('flask db upgrade')).map((l) => l.text).join(' | ');
    assert(new RegExp(`${REV}:15:5: Cannot add a NOT NULL column`).test(out), `the error has no place: ${out}`);
    await page.waitForFunction(() => document.querySelector('[data-testid="editor"]').shadowRoot.querySelector('.cm-lintRange-error'), null, { timeout: T });
    const marks = await markers();
    assert(marks.length === 1 && marks[0].line === 15 && marks[0].text.startsWith('op.add_column('), `markers: ${JSON.stringify(marks)}`);
    const tip = await tooltip();
    assert(/Cannot add a NOT NULL column/.test(tip) && /\[SQL: ALTER TABLE user_visits ADD COLUMN email/.test(tip), `tooltip: ${tip}`);
    assert(/Hint:.*server_default/s.test(tip), `the hint is not in the tooltip: ${tip}`);
    await h.shot('marker-failed-step');
    // Another file, then back: the mark is still there (it belongs to the last command).
    await openFile('app/models.py');
    assert((await markers()).length === 0, 'models.py got the revision\'s marker');
    await openFile(REV);
    assert((await markers()).length === 1, 'the marker is gone after switching files');
    // Undo takes the project to another moment: the marker goes with the command's output.
    await page.click($('undo'));
    await page.waitForFunction(() => !document.querySelector('[data-testid="editor"]').shadowRoot.querySelector('.cm-lintRange-error'), null, { timeout: T })
      .catch(() => { throw new Error('the marker stayed after Undo'); });
    await page.click($('redo')); // the row back: the step fails again
    for (let i = 0; i < 50 && (await h.ok('sqlite3 app.db "SELECT count(*) FROM user_visits"')).trim() !== '1'; i++) await page.waitForTimeout(100);
    const again = (await h.type('flask db upgrade')).map((l) => l.text).join(' | ');
    assert((await markers()).length === 1, `no marker after the step failed again: ${await page.locator($('editor-path')).innerText()} ${again}`);
    await h.ok('flask db current');
    assert((await markers()).length === 0, 'the marker stayed after a command that succeeded');
  });

  await h.check('a models.py the core cannot read is marked at its line:col', async () => {
    await openFile('app/models.py');
    await page.click('.cm-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n    email = db.Column(db.Strin(120))');
    await page.keyboard.press('Escape');
    const out = (await h.type('flask db migrate -m "email"')).map((l) => l.text).join(' | ');
    const place = /app\/models\.py:(\d+):(\d+): /.exec(out);
    assert(place, `no place in the error: ${out}`);
    await page.waitForFunction(() => document.querySelector('[data-testid="editor"]').shadowRoot.querySelector('.cm-lintRange-error'), null, { timeout: T });
    const marks = await markers();
    assert(marks.length === 1 && marks[0].line === Number(place[1]) && marks[0].text.startsWith('db.Strin('), `markers: ${JSON.stringify(marks)} for ${place[0]}`);
    assert(/is not a column type/.test(await tooltip()), 'the tooltip does not hold the error');
  });
} finally {
  await h.finish();
}
