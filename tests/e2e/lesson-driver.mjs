// Drives the lesson pane for the e2e files: start a lesson on its clean copy, do each step (its
// command through "Type it" + Enter, or its action), answer its question, and check that every
// step says why, says what to watch, and waits for its state. Used by lessons.test.mjs and pitfalls.test.mjs.
import { $, T, assert } from './harness.mjs';

export function lessonDriver(h, ids) {
  const { page } = h;
  const status = (n) => page.locator($(`lesson-step-${n}`)).getAttribute('data-status');
  const step = (n, testid) => `${$(`lesson-step-${n}`)} ${$(testid)}`;
  const commandCount = () => page.locator($('console-output')).locator('.line.command').count();
  const text = (lines) => lines.map((l) => l.text).join(' | ');
  const starts = [];

  async function openPane() {
    if (!(await page.locator($('lessons')).isVisible())) await page.click($('tab-lessons'));
    await page.waitForSelector($('lessons'), { state: 'visible', timeout: T });
  }

  async function begin(id) {
    await openPane();
    const began = Date.now();
    assert(ids.includes(id), `no lesson ${id}`);
    await page.selectOption($('lesson-select'), String(ids.indexOf(id)));
    await page.waitForFunction(() => !document.querySelector('[data-testid="lesson-preparing"]') &&
      document.querySelector('[data-testid="lesson-step-1"]')?.dataset.status === 'current', null, { timeout: T });
    starts.push(Date.now() - began);
  }

  async function typeIt(n) {
    const before = await commandCount();
    await page.click(step(n, 'lesson-type'));
    const line = await page.locator($('console-input')).inputValue();
    assert(line.trim(), `step ${n}: "Type it" filled nothing`);
    await page.press($('console-input'), 'Enter');
    await page.waitForFunction((count) => document.querySelectorAll('[data-testid="console-output"] .line.command').length > count &&
      !document.querySelector('.console.busy') && document.querySelector('[data-testid="status"]')?.dataset.kind === 'ready', before, { timeout: T });
    return line;
  }

  const doneOrQuiz = (n) => page.waitForFunction((i) => {
    const li = document.querySelector(`[data-testid="lesson-step-${i}"]`);
    return li?.dataset.status === 'done' || li?.querySelector('[data-testid="lesson-quiz"]');
  }, n, { timeout: T });

  /** Answers step n's question: the right answer is found by trying, and a wrong one is refused first. */
  async function answer(n) {
    const count = await page.locator(step(n, 'lesson-quiz')).locator('button').count();
    for (let a = 0; a < count && (await status(n)) !== 'done'; a++) {
      await page.click(step(n, `lesson-answer-${a}`));
      await page.waitForFunction((i) => document.querySelector(`[data-testid="lesson-step-${i}"]`)?.dataset.status === 'done' ||
        document.querySelector(`[data-testid="lesson-step-${i}"] [data-testid="lesson-message"]`)?.dataset.kind === 'wrong', n, { timeout: T });
    }
  }

  async function doStep(n, times = 1) {
    if (await page.locator(step(n, 'lesson-type')).count()) await typeIt(n);
    else {
      for (let i = 0; i < times; i++) {
        await page.click(step(n, 'lesson-action'));
        await page.waitForSelector(`${step(n, 'lesson-action')}:enabled, ${$(`lesson-step-${n}`)}[data-status="done"]`, { state: 'attached', timeout: T });
        await page.waitForFunction(() => document.querySelector('[data-testid="status"]')?.dataset.kind === 'ready', null, { timeout: T });
      }
    }
    await doneOrQuiz(n).catch(async () => {
      throw new Error(`step ${n} did not pass: ${await page.locator($(`lesson-step-${n}`)).innerText()} :: ${text(await h.lastOutput())}`);
    });
    if ((await status(n)) !== 'done') await answer(n);
    assert((await status(n)) === 'done', `step ${n} is ${await status(n)} after its answers`);
  }

  /** A whole lesson, step by step; `before[n]` / `after[n]` run around step n; `times[n]` clicks its action. */
  async function lesson(id, title, steps, { before = {}, after = {}, times = {} } = {}) {
    await h.check(`lesson ${ids.indexOf(id) + 1}: ${title}`, async () => {
      await begin(id);
      assert((await page.locator('.lesson-title').innerText()) === title, `title: ${await page.locator('.lesson-title').innerText()}`);
      const count = await page.locator('[data-testid^="lesson-step-"]').count();
      assert(count === steps, `${count} steps, expected ${steps}`);
      for (let n = 1; n <= count; n++) {
        assert((await status(n)) === 'current', `step ${n} is ${await status(n)}, not current`);
        assert(await page.locator(step(n, 'lesson-why')).isVisible(), `step ${n} does not say why`);
        assert(await page.locator(step(n, 'lesson-watch')).count(), `step ${n} does not say what to watch`);
        if (before[n]) await before[n]();
        await doStep(n, times[n] ?? 1);
        if (after[n]) await after[n]();
      }
      await page.waitForSelector($('lesson-done'), { timeout: T });
    });
  }

  return { begin, lesson, doStep, typeIt, status, step, starts, openPane };
}
