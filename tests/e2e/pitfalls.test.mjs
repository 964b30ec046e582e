// Browser end to end, the lessons on Flask-Migrate's pitfalls (web/src/lesson-pitfalls.ts), each
// done to the end on its own clean copy, against what the core does: SQLite's ALTER limits and
// batch mode, autogenerate's blind spots (default vs server_default), a rename written as drop +
// add that loses data (and Undo, and rename detection), constraint names, a data migration that
// loops over rows in Python, a step that fails half-way (Revlab's rollback against Alembic's
// half-applied state), and stamp. A failed step is marked in the editor; 中文 too.
//   node tests/e2e/pitfalls.test.mjs BUILD_WEB_DIR
import { $, T, assert, start } from './harness.mjs';
import { lessonDriver } from './lesson-driver.mjs';

const h = await start('pitfalls');
const { page } = h;
const IDS = ['apply', 'inspect', 'rollback-one', 'rollback-to', 'generate', 'behind', 'conflict', 'data', 'not-null', 'data-loss', 'first-run', 'reset',
  'batch', 'blind-spots', 'rename', 'naming', 'data-loop', 'half-applied', 'stamp'];
const d = lessonDriver(h, IDS);
const out = async () => (await h.lastOutput()).map((l) => l.text).join(' | ');
const rows = (sql) => h.ok(`sqlite3 app.db "${sql}"`);

/** The open file's inline error markers (the line each sits on). */
const markers = () => page.evaluate(() => {
  const root = document.querySelector('[data-testid="editor"]').shadowRoot;
  return [...root.querySelectorAll('.cm-lintRange-error')].map((range) => [...root.querySelectorAll('.cm-line')].indexOf(range.closest('.cm-line')) + 1);
});

try {
  await h.openFirst();

  await d.lesson('batch', 'SQLite’s ALTER limits and batch mode', 5, {
    after: {
      3: async () => {
        assert(/ALTER COLUMN user_agent TYPE VARCHAR\(500\)/.test(await out()), `not the plain ALTER: ${await out()}`);
        const path = await page.locator($('editor-path')).innerText();
        assert(/widen_user_agent\.py$/.test(path), `the editor shows ${path}`);
        await page.waitForFunction(() => document.querySelector('[data-testid="editor"]').shadowRoot.querySelector('.cm-lintRange-error'), null, { timeout: T });
        const text = await page.locator('.cm-lintRange-error').first().innerText();
        assert(/op\.alter_column/.test(text), `the marker is on ${text}`);
        // The failed line is scrolled into view (the file is longer than the pane).
        const mark = await page.locator('.cm-lintRange-error').first().boundingBox();
        const scroller = await page.locator('.cm-scroller').boundingBox();
        assert(mark && mark.y >= scroller.y && mark.y + mark.height <= scroller.y + scroller.height, `the marked line is out of view: ${JSON.stringify(mark)} in ${JSON.stringify(scroller)}`);
        await h.shot('pitfall-batch-marker');
      },
      5: async () => assert(/user_agent\|VARCHAR\(500\)/.test(await h.ok('sqlite3 app.db "SELECT name, type FROM pragma_table_info(\'user_visits\')"')), 'user_agent is not VARCHAR(500)'),
    },
  });

  await d.lesson('blind-spots', 'What autogenerate does not see', 6, {
    after: {
      2: async () => assert(/No changes in schema detected/.test(await out()), `migrate saw a change: ${await out()}`),
      4: async () => assert(/Detected server default on column 'user_visits\.visit_count'/.test(await out()), `no server default detected: ${await out()}`),
    },
  });

  await d.lesson('rename', 'A rename that loses data', 6, {
    after: {
      2: async () => {
        const o = await out();
        assert(/Detected removed column 'user_visits\.user_agent'/.test(o) && /WARNI \[revlab\.safety\]/.test(o), `no drop + add, or no warning: ${o}`);
      },
      3: async () => assert((await rows('SELECT count(*) FROM user_visits WHERE browser IS NULL')).trim() === '3', 'browser holds values after drop + add'),
      5: async () => assert(/Detected renamed column 'user_visits\.user_agent' -> 'user_visits\.browser'/.test(await out()), `no rename detected: ${await out()}`),
    },
    times: { 4: 2 },
  });

  await d.lesson('naming', 'Constraints need names', 6, {
    before: {
      // Upgrading again before the fix: the step fails again, and the pane says what to do.
      4: async () => {
        await h.type('flask db upgrade');
        await page.waitForSelector(`${d.step(4, 'lesson-message')}[data-kind="failed"]`, { timeout: T });
        const message = await page.locator(d.step(4, 'lesson-message')).innerText();
        assert(/Constraint must have a name/.test(message) && /name it in the script first/.test(message), `message: ${message}`);
        assert((await d.status(4)) === 'current', 'the step advanced on a failure');
      },
    },
    after: { 3: async () => assert(/Constraint must have a name/.test(await out()), `not the naming error: ${await out()}`) },
  });

  await d.lesson('data-loop', 'A data migration that loops over rows', 4, {
    after: {
      3: async () => {
        const table = await rows('SELECT ip_address, network FROM user_visits ORDER BY id');
        assert(/10\.0\.0\.1\|10\.0\.0\.0\/24/.test(table) && /10\.0\.0\.3\|10\.0\.0\.0\/24/.test(table), `rows: ${table}`);
      },
    },
  });

  await d.lesson('half-applied', 'A step that fails half-way', 7, {
    before: {
      // Upgrading with the column still there: the pane points at step 6.
      7: async () => {
        await h.ok('sqlite3 app.db "ALTER TABLE user_visits ADD COLUMN referrer VARCHAR(255)"');
        await h.type('flask db upgrade');
        await page.waitForSelector(`${d.step(7, 'lesson-message')}[data-kind="failed"]`, { timeout: T });
        assert(/drop it first/.test(await page.locator(d.step(7, 'lesson-message')).innerText()), 'no way back said');
        await h.ok('sqlite3 app.db "ALTER TABLE user_visits DROP COLUMN referrer"');
      },
    },
    after: {
      2: async () => assert(/The step was rolled back/.test(await out()), `no rollback line: ${await out()}`),
      5: async () => assert(/duplicate column name: referrer/.test(await out()), `not the half-applied error: ${await out()}`),
    },
  });

  await d.lesson('stamp', 'stamp records, it does not build', 5, {
    after: { 3: async () => assert(!/Running upgrade/.test(await out()), `upgrade ran a script after stamp head: ${await out()}`) },
  });

  await h.check('中文: a pitfall lesson\'s title, steps and why', async () => {
    await page.click($('lang-toggle'));
    try {
      await page.waitForFunction(() => document.querySelector('[data-testid="tab-lessons"]')?.textContent === '课程', null, { timeout: T });
      await d.begin('half-applied');
      assert((await page.locator('.lesson-title').innerText()) === '执行到一半失败的迁移', `title: ${await page.locator('.lesson-title').innerText()}`);
      const why = await page.locator(d.step(1, 'lesson-why')).innerText();
      assert(/[\u3400-\u9fff]/.test(why), `why: ${why}`);
      await h.shot('pitfall-zh');
    } finally {
      await page.click($('lesson-leave'));
      await page.click($('lang-toggle'));
    }
  });
  const sorted = [...d.starts].sort((a, b) => a - b);
  console.log(`note lesson starts (clean copy + setup), ${sorted.length}: median ${sorted[sorted.length >> 1]} ms, max ${sorted.at(-1)} ms`);
} finally {
  await h.finish();
}
