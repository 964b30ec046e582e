// Browser end to end, the lessons: every section of the guide as guided steps, each checked
// against the project's state before the next one opens (a wrong command does not advance); and
// the English / 中文 toggle.
//   node tests/e2e/lessons.test.mjs BUILD_WEB_DIR
import { $, T, assert, ids, start } from './harness.mjs';

const h = await start('lessons');
const { page } = h;

const status = (n) => page.locator($(`lesson-step-${n}`)).getAttribute('data-status');

/** Does the current step: types its command (Enter) or presses its action button. */
async function doStep(n) {
  const before = await page.locator($('console-output')).locator('.line.command').count();
  if (await page.locator(`${$(`lesson-step-${n}`)} ${$('lesson-type')}`).count()) {
    await page.click(`${$(`lesson-step-${n}`)} ${$('lesson-type')}`);
    const line = await page.locator($('console-input')).inputValue();
    assert(line.trim(), `step ${n}: "Type it" filled nothing`);
    await page.press($('console-input'), 'Enter');
    await page.waitForFunction((count) => document.querySelectorAll('[data-testid="console-output"] .line.command').length > count &&
      !document.querySelector('.console.busy') && document.querySelector('[data-testid="status"]')?.dataset.kind === 'ready', before, { timeout: T });
  } else {
    await page.click(`${$(`lesson-step-${n}`)} ${$('lesson-action')}`);
  }
  await page.waitForFunction((i) => document.querySelector(`[data-testid="lesson-step-${i}"]`)?.dataset.status === 'done', n, { timeout: T })
    .catch(async () => {
      const out = (await h.lastOutput()).map((l) => l.text).join(' | ');
      throw new Error(`step ${n} did not pass: ${await page.locator($(`lesson-step-${n}`)).innerText()} :: ${out}`);
    });
}

async function lesson(index, title, steps) {
  await h.check(`lesson ${index + 1}: ${title}`, async () => {
    await page.click($('tab-lessons'));
    await page.selectOption($('lesson-select'), String(index));
    assert((await page.locator('.lesson-title').innerText()) === title, `title: ${await page.locator('.lesson-title').innerText()}`);
    const count = await page.locator('[data-testid^="lesson-step-"]').count();
    assert(count === steps, `${count} steps, expected ${steps}`);
    for (let n = 1; n <= count; n++) {
      assert((await status(n)) === 'current', `step ${n} is ${await status(n)}, not current`);
      await doStep(n);
    }
    await page.waitForSelector($('lesson-done'), { timeout: T });
  });
}

try {
  await h.openFirst();

  await lesson(0, 'Apply migrations', 3);
  await lesson(1, 'Inspect the state', 4);
  await lesson(2, 'Roll back one step', 3);

  await h.check('a wrong command does not advance a step', async () => {
    await page.selectOption($('lesson-select'), '3');
    await doStep(1); // upgrade
    assert((await status(2)) === 'current', 'step 2 is not current');
    await h.ok('flask db current');
    assert((await status(2)) === 'current', 'flask db current passed the "downgrade to a revision" step');
    assert((await page.locator(`${$('lesson-step-2')} code`).innerText()) === `uv run flask db downgrade ${ids.base}`, 'the step does not name the revision');
    await h.shot('lesson-step');
    await page.click($('lesson-restart'));
    assert((await status(1)) === 'current', 'restart did not go back to step 1');
  });

  await lesson(3, 'Roll back to a revision', 3);
  await lesson(4, 'Generate a migration', 4);
  await lesson(5, 'Conflict and merge', 5);
  await lesson(6, 'Data migration', 5);

  await h.check('the data migration lesson left filled rows', async () => {
    const rows = await h.sql('SELECT count(*), sum(visit_count = 1) FROM user_visits');
    assert(rows[0][0] === '5' && rows[0][1] === '5', `rows: ${JSON.stringify(rows)}`);
  });

  await lesson(7, 'The first-run pitfall', 5);
  await lesson(8, 'Reset the database', 2);

  await h.check('English / 中文 toggle: tabs, buttons and lessons switch language', async () => {
    await page.click($('lang-toggle'));
    await page.waitForFunction(() => document.querySelector('[data-testid="tab-lessons"]')?.textContent === '课程', null, { timeout: T });
    assert((await page.locator($('verb-upgrade')).innerText()) === '升级', 'the Upgrade button is not translated');
    assert((await page.locator('.lesson-title').innerText()) === '重置数据库', `lesson title: ${await page.locator('.lesson-title').innerText()}`);
    assert((await page.evaluate(() => document.documentElement.lang)) === 'zh-CN', 'html lang is not zh-CN');
    await page.selectOption($('lesson-select'), '0');
    await h.shot('zh');
    await page.click($('tab-graph'));
    assert((await page.locator($('graph')).innerText()).includes('数据库版本'), 'the graph is not translated');
    await h.open(); // the choice is remembered
    assert((await page.locator($('tab-lessons')).innerText()) === '课程', 'the language was not remembered');
    await page.click($('lang-toggle'));
    await page.waitForFunction(() => document.querySelector('[data-testid="tab-lessons"]')?.textContent === 'Lessons', null, { timeout: T });
  });
} finally {
  await h.finish();
}
