// Browser end to end, the lessons: each runs on its own clean copy of the demo (a broken project
// does not get in its way, and comes back on Leave); each step is checked against the state it must
// reach (typing the command is not enough; a command that ran but did not get there does not
// advance; read-only commands end in a question); failures and drift are explained with a way back;
// the pane sits beside the Graph; every lesson can be done to the end; English / 中文.
//   node tests/e2e/lessons.test.mjs BUILD_WEB_DIR
import { $, T, assert, ids, start } from './harness.mjs';
import { lessonDriver } from './lesson-driver.mjs';

const h = await start('lessons');
const { page } = h;

const LESSONS = ['apply', 'inspect', 'rollback-one', 'rollback-to', 'generate', 'behind', 'conflict', 'data', 'not-null', 'data-loss', 'first-run', 'reset'];
const d = lessonDriver(h, LESSONS);
const { begin, doStep, typeIt, status, step, starts, openPane } = d;
const text = (lines) => lines.map((l) => l.text).join(' | ');
/** A whole lesson, step by step; `after[n]` checks what step n left; `times[n]` clicks step n's action. */
const lesson = (id, title, steps, after = {}, times = {}) => d.lesson(id, title, steps, { after, times });

const outputHas = async (pattern) => {
  const out = text(await h.lastOutput());
  assert(pattern.test(out), `the output does not match ${pattern}: ${out}`);
};

try {
  await h.openFirst();

  await h.check('the lesson pane sits beside the Graph: both visible at once, at 1400x860 and at phone width', async () => {
    await openPane();
    assert(await page.locator($('lesson-start-first-run')).isVisible(), 'the pane does not list the lessons');
    await h.shot('catalogue');
    await begin('apply');
    await page.click($('tab-graph'));
    const pane = await page.locator($('lessons')).boundingBox();
    const graph = await page.locator($('graph')).boundingBox();
    assert(await page.locator($('lessons')).isVisible() && await page.locator($('graph')).isVisible(), 'the lesson pane or the graph is hidden');
    assert(pane.x + pane.width <= graph.x || graph.x + graph.width <= pane.x, `the pane (${JSON.stringify(pane)}) overlaps the graph (${JSON.stringify(graph)})`);
    assert(pane.height >= 200, `the lesson pane is only ${pane.height}px high`);
    const editorBox = await page.locator('.column.center > .editor').boundingBox();
    const consoleBox = await page.locator('.column.center > .console').boundingBox();
    console.log(`note at 1400x860: editor ${Math.round(editorBox.height)} px, lesson pane ${Math.round(pane.height)} px, console ${Math.round(consoleBox.height)} px high; graph ${Math.round(graph.width)} px wide beside them`);
    assert(await page.locator($('console-input')).isVisible(), 'the console is hidden');
    const watch = await page.locator(step(1, 'lesson-watch')).getAttribute('data-view');
    assert(watch === 'graph', `step 1 watches ${watch}`);
    await h.shot('beside');
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(wide <= 392, `the page is ${wide}px wide at phone width`);
      await page.locator($('lesson-step-1')).scrollIntoViewIfNeeded();
      assert(await page.locator($('lesson-type')).isVisible(), 'no Type it button at phone width');
      const box = await page.locator($('lessons')).boundingBox();
      assert(box.width <= 392, `the lesson pane is ${box.width}px wide`);
      await h.shot('phone');
    } finally {
      await page.setViewportSize({ width: 1400, height: 860 });
    }
    await page.click($('lesson-leave'));
    await page.waitForSelector(`${$('lesson-leave')}[hidden]`, { state: 'attached', timeout: T });
  });

  await h.check('a lesson started on a broken project runs on its own clean copy; Leave brings the broken project back', async () => {
    await h.ok('flask db upgrade');
    await h.ok(`sqlite3 app.db "INSERT INTO user_visits (ip_address, visit_count) VALUES ('mine', 7)"`);
    const file = await page.locator(`[data-testid^="file-migrations/versions/${ids.head}_"]`).getAttribute('data-path');
    await page.click($(`file-${file}`));
    await page.waitForFunction((f) => document.querySelector('[data-testid="editor-path"]')?.textContent === f, file, { timeout: T });
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('def broken(:');
    await page.waitForSelector(`${$('editor-error')}:not([hidden])`, { timeout: T });
    const out = await h.type('flask db current');
    assert(out.some((l) => /\b(alert|error)\b/.test(l.cls)), 'the broken project does not fail');
    const snapshots = await page.locator('[data-testid^="snapshot-restore-"]').count();

    await begin('apply');
    const notes = text(await page.$$eval('[data-testid="console-output"] .line.note', (lines) => lines.slice(-3).map((l) => ({ text: l.textContent }))));
    assert(/put aside/.test(notes) && /clean copy/.test(notes), `no note about the clean copy: ${notes}`);
    assert((await page.locator('[data-testid^="snapshot-restore-"]').count()) === 0, 'the lesson starts with the project\'s time travel');
    await doStep(1);
    assert((await h.current()).join() === ids.head, `the lesson's upgrade did not reach the head: ${await h.current()}`);
    const rows = await h.sql('SELECT count(*) FROM user_visits');
    assert(rows[0][0] === '0', `the lesson's copy has the user's rows: ${JSON.stringify(rows)}`);
    await h.shot('clean-copy');

    await page.click($('lesson-leave'));
    await page.waitForFunction(() => /your project, its database and its time travel are back/.test(
      [...document.querySelectorAll('[data-testid="console-output"] .line.note')].at(-1)?.textContent ?? ''), null, { timeout: T });
    const cat = await h.type(`cat ${file}`);
    assert(text(cat).includes('def broken(:'), 'the broken line is not back after leaving');
    const mine = await h.sql("SELECT visit_count FROM user_visits WHERE ip_address = 'mine'");
    assert(mine[0]?.[0] === '7', `the user's row is not back: ${JSON.stringify(mine)}`);
    assert((await page.locator('[data-testid^="snapshot-restore-"]').count()) === snapshots, 'the time travel list is not back');
    // Back to the demo for the rest of the file.
    await page.click($('reset-playground'));
    await page.click($('reset-ok'));
    await page.waitForFunction(() => /back to the demo/.test([...document.querySelectorAll('[data-testid="console-output"] .line.note')].at(-1)?.textContent ?? ''), null, { timeout: T });
  });

  await h.check('Type it + Enter alone does not complete a read-only step: its question does, and a wrong answer says so', async () => {
    await begin('inspect');
    await typeIt(1);
    await page.waitForSelector(step(1, 'lesson-quiz'), { timeout: T });
    assert((await status(1)) === 'current', 'the step completed on Enter alone');
    const labels = await page.locator(step(1, 'lesson-quiz')).locator('button').allInnerTexts();
    const wrong = labels.findIndex((l) => l !== ids.base);
    await page.click(step(1, `lesson-answer-${wrong}`));
    await page.waitForSelector(`${step(1, 'lesson-message')}[data-kind="wrong"]`, { timeout: T });
    assert((await status(1)) === 'current', 'a wrong answer completed the step');
    await page.click(step(1, `lesson-answer-${labels.indexOf(ids.base)}`));
    await page.waitForFunction(() => document.querySelector('[data-testid="lesson-step-1"]')?.dataset.status === 'done', null, { timeout: T });
    assert((await status(2)) === 'current', 'step 2 is not current');
  });

  await h.check('a command that ran but did not reach the state does not advance, and the pane says what it waits for', async () => {
    await begin('generate');
    await h.type('flask db migrate -m "too early"');
    await page.waitForSelector(`${step(1, 'lesson-message')}[data-kind="notyet"]`, { timeout: T });
    const message = await page.locator(step(1, 'lesson-message')).innerText();
    assert(/not done/.test(message) && /email/.test(message), `message: ${message}`);
    assert((await status(1)) === 'current', 'step 1 advanced');
    await h.shot('not-yet');
  });

  await h.check('the database moved elsewhere: the pane says where, and its Undo puts it back', async () => {
    await begin('rollback-to');
    await h.type('flask db downgrade base');
    await page.waitForSelector(`${step(1, 'lesson-message')}[data-kind="drift"]`, { timeout: T });
    const message = await page.locator(step(1, 'lesson-message')).innerText();
    assert(message.includes(`from ${ids.head} to <base>`) && message.includes(ids.base), `message: ${message}`);
    assert((await status(1)) === 'current', 'step 1 advanced on a drift');
    await h.shot('drift');
    await page.click(step(1, 'lesson-undo'));
    await page.waitForFunction(() => !document.querySelector('[data-testid="lesson-step-1"] [data-testid="lesson-message"]'), null, { timeout: T });
    assert((await h.current()).join() === ids.head, `Undo did not put the database back: ${await h.current()}`);
    await doStep(1);
  });

  await h.check('a command that changed the project another way: the pane says so, and its Undo takes it back', async () => {
    await begin('first-run');
    await h.type('flask db upgrade'); // no scripts yet: it makes an empty alembic_version, not what step 1 needs
    await page.waitForSelector(`${step(1, 'lesson-message')}[data-kind="changed"]`, { timeout: T });
    const message = await page.locator(step(1, 'lesson-message')).innerText();
    assert(/no alembic_version/.test(message) && /Undo takes it back/.test(message), `message: ${message}`);
    await page.click(step(1, 'lesson-undo'));
    await page.waitForFunction(() => !document.querySelector('[data-testid="lesson-step-1"] [data-testid="lesson-message"]'), null, { timeout: T });
    await doStep(1);
    await outputHas(/db\.create_all\(\): created user_visits/);
  });

  await h.check('a failed command: the pane says why and how to recover, in English and 中文', async () => {
    await begin('rollback-one');
    await h.type('flask db downgrade nosuchrev');
    await page.waitForSelector(`${step(1, 'lesson-message')}[data-kind="failed"]`, { timeout: T });
    let message = await page.locator(step(1, 'lesson-message')).innerText();
    assert(/failed \(exit 1\)/.test(message) && /Can't locate revision/.test(message) && /hint/.test(message), `message: ${message}`);
    await page.click($('lang-toggle'));
    await page.waitForFunction(() => document.querySelector('[data-testid="tab-lessons"]')?.textContent === '课程', null, { timeout: T });
    message = await page.locator(step(1, 'lesson-message')).innerText();
    assert(/失败了（退出码 1）/.test(message) && /提示/.test(message), `zh message: ${message}`);
    assert(/为什么/.test(await page.locator(step(1, 'lesson-why')).innerText()), 'the why is not in 中文');
    await h.shot('failed-zh');
    await page.click($('lang-toggle'));
    await page.waitForFunction(() => document.querySelector('[data-testid="tab-lessons"]')?.textContent === 'Lessons', null, { timeout: T });
  });

  await lesson('apply', 'Apply migrations', 3);
  await lesson('inspect', 'Inspect the state', 4);
  await lesson('rollback-one', 'Roll back one step', 3);
  await lesson('rollback-to', 'Roll back to a revision', 3);
  await lesson('generate', 'Generate a migration', 4);
  await lesson('behind', '“Target database is not up to date”', 4, {
    1: () => outputHas(/Target database is not up to date/),
  });
  await lesson('conflict', 'Multiple heads and merge', 5, {
    1: () => h.shot('two-heads'),
    2: () => outputHas(/Multiple head revisions are present/),
  });
  await lesson('data', 'Data migration', 4, {
    4: async () => {
      const rows = await h.sql('SELECT count(*), sum(visit_count = 1) FROM user_visits');
      assert(rows[0][0] === '5' && rows[0][1] === '5', `rows: ${JSON.stringify(rows)}`);
      await openPane();
    },
  });
  await lesson('not-null', 'A NOT NULL column on a table with rows', 5, {
    3: async () => {
      await outputHas(/Cannot add a NOT NULL column/);
      await h.shot('not-null-failed');
    },
    5: async () => {
      const rows = await h.sql("SELECT count(*), sum(country = 'US') FROM user_visits");
      assert(rows[0][0] === '3' && rows[0][1] === '3', `rows: ${JSON.stringify(rows)}`);
      await openPane();
    },
  });
  await lesson('data-loss', 'A downgrade that loses data, and Undo', 3, {
    1: () => outputHas(/revlab\.safety/),
  }, { 3: 2 });
  await lesson('first-run', 'The first-run pitfall', 5, {
    1: () => outputHas(/db\.create_all\(\): created user_visits/),
    3: () => outputHas(/already exists/),
  });
  await lesson('reset', 'Reset the database', 2);

  await h.check('a finished lesson: "Back to my project" ends it, and the Lessons button stops marking a lesson', async () => {
    assert(/\brunning\b/.test(await page.locator($('tab-lessons')).getAttribute('class')), 'the Lessons button does not mark the running lesson');
    const before = await page.locator($('console-output')).locator('.line.note').count();
    await page.click($('lesson-back'));
    await page.waitForFunction((n) => {
      const notes = [...document.querySelectorAll('[data-testid="console-output"] .line.note')];
      return notes.length > n && /are back as they were/.test(notes.at(-1).textContent);
    }, before, { timeout: T });
    assert(!/\brunning\b/.test(await page.locator($('tab-lessons')).getAttribute('class')), 'the Lessons button still marks a lesson');
    assert(await page.locator($('lesson-start-apply')).isVisible(), 'the pane does not list the lessons again');
  });

  await h.check('the lesson says why each step matters and which view to watch', async () => {
    await begin('conflict');
    const why = await page.locator(step(1, 'lesson-why')).innerText();
    assert(/--splice/.test(why) && /not a head/.test(why), `step 1 does not explain --splice: ${why}`);
    assert((await page.locator(step(1, 'lesson-watch')).getAttribute('data-view')) === 'graph', 'step 1 does not watch the graph');
    await page.click($('tab-schema'));
    await page.click(step(1, 'lesson-watch-view'));
    assert((await page.locator($('tab-graph')).getAttribute('aria-selected')) === 'true', 'the watch link did not show the graph');
    await page.click($('lesson-leave'));
  });

  await h.check('nothing of a lesson is saved: a reload mid-lesson brings back the user\'s project', async () => {
    await h.ok('flask db upgrade');
    await begin('rollback-one');
    await doStep(1); // the lesson's copy is now at the base
    assert((await h.current()).join() === ids.base, `the lesson's downgrade did not happen: ${await h.current()}`);
    await page.waitForTimeout(600); // past the save debounce: a save would have happened by now
    await h.open();
    assert((await h.current()).join() === ids.head, `after the reload the database is at ${await h.current()}, not the user's head`);
    assert(!/\brunning\b/.test(await page.locator($('tab-lessons')).getAttribute('class')), 'a lesson is still marked after the reload');
  });

  await h.check('中文: time-travel labels and lasting banners switch language too', async () => {
    await page.click($('reset-playground'));
    await page.click($('reset-ok'));
    await page.waitForFunction(() => document.querySelector('[data-testid="snapshot-0"] code')?.textContent === 'reset playground', null, { timeout: T });
    await page.click($('lang-toggle'));
    await page.waitForFunction(() => document.querySelector('[data-testid="snapshot-0"] code')?.textContent === '重置练习场', null, { timeout: T })
      .catch(async () => { throw new Error(`the label stayed: ${await page.locator(`${$('snapshot-0')} code`).innerText()}`); });
    await page.click($('lang-toggle'));
    await page.waitForFunction(() => document.querySelector('[data-testid="tab-lessons"]')?.textContent === 'Lessons', null, { timeout: T });
    // A safe start's banner stays until dealt with: it follows the toggle.
    await h.open(page, `${h.server.url}?safe`);
    await page.waitForSelector($('banner-safe'), { timeout: T });
    assert((await page.locator($('banner-safe')).innerText()).includes('Safe start'), 'no English safe-start banner');
    await page.click($('lang-toggle'));
    await page.waitForFunction(() => document.querySelector('[data-testid="banner-safe"]')?.textContent.includes('安全启动'), null, { timeout: T })
      .catch(async () => { throw new Error(`the banner stayed: ${await page.locator($('banner-safe')).innerText()}`); });
    await page.click($('lang-toggle'));
    await h.open();
  });

  await h.check('English / 中文 toggle: tabs, buttons and lessons switch language', async () => {
    await begin('reset');
    await page.click($('lang-toggle'));
    await page.waitForFunction(() => document.querySelector('[data-testid="tab-lessons"]')?.textContent === '课程', null, { timeout: T });
    assert((await page.locator($('verb-upgrade')).innerText()) === '升级', 'the Upgrade button is not translated');
    assert((await page.locator('.lesson-title').innerText()) === '重置数据库', `lesson title: ${await page.locator('.lesson-title').innerText()}`);
    assert((await page.locator($('lesson-leave')).innerText()) === '离开课程', 'Leave lesson is not translated');
    assert((await page.evaluate(() => document.documentElement.lang)) === 'zh-CN', 'html lang is not zh-CN');
    await h.shot('zh');
    await page.click($('lesson-leave'));
    await page.click($('tab-graph'));
    assert((await page.locator($('graph')).innerText()).includes('数据库版本'), 'the graph is not translated');
    await h.open(); // the choice is remembered
    assert((await page.locator($('tab-lessons')).innerText()) === '课程', 'the language was not remembered');
    await page.click($('lang-toggle'));
    await page.waitForFunction(() => document.querySelector('[data-testid="tab-lessons"]')?.textContent === 'Lessons', null, { timeout: T });
  });
  const sorted = [...starts].sort((a, b) => a - b);
  console.log(`note lesson starts (clean copy + setup), ${sorted.length}: median ${sorted[sorted.length >> 1]} ms, max ${sorted.at(-1)} ms`);
} finally {
  await h.finish();
}
