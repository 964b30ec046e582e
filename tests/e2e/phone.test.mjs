// Browser end to end, issue 15 (phone): at phone width the panes sit behind tabs (Files, Editor,
// Console, Views, Time travel), one at a time, with the console first; the tab row works by touch
// and by keyboard; opening a file shows the editor; the lesson pane sits with the console; nothing
// is wider than the screen; axe finds no serious or critical violation. At desktop width the tab row
// is hidden and every pane shows, as before.
//   node tests/e2e/phone.test.mjs BUILD_WEB_DIR
import { readFile } from 'node:fs/promises';
import { $, T, assert, ids, start, webRequire } from './harness.mjs';

const h = await start('phone');
const { page } = h;
const panes = {
  files: '.column.left > .files',
  editor: '.column.center > .editor',
  console: $('console-input'),
  views: $('tab-graph'),
  history: $('timetravel'),
};
async function visible() {
  const out = [];
  for (const [name, selector] of Object.entries(panes)) if (await page.locator(selector).first().isVisible()) out.push(name);
  return out.join(',');
}

try {
  await h.openFirst();

  await h.check('at phone width only the console shows, under a row of pane tabs; the page is no wider than the screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await h.open();
    assert(await page.locator($('phone-tabs')).isVisible(), 'no pane tabs at phone width');
    assert((await visible()) === 'console', `panes shown: ${await visible()}`);
    assert((await page.getAttribute($('phone-tab-console'), 'aria-selected')) === 'true', 'the Console tab is not selected');
    assert((await page.evaluate(() => window.scrollY)) === 0, 'the page did not open at its top');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert(wide <= 392, `the page is ${wide}px wide`);
    const input = await page.locator($('console-input')).boundingBox();
    assert(input.y + input.height <= 844, `the console's input is below the screen (${input.y} px)`);
    await h.ok('flask db upgrade');
    await h.shot('console');
  });

  await h.check('each tab shows its pane alone; ←/→ move between tabs; a file opened from Files shows the editor', async () => {
    for (const name of ['views', 'history', 'files']) {
      await page.click($(`phone-tab-${name}`));
      assert((await visible()) === name, `after ${name}: ${await visible()}`);
    }
    await page.click($(`file-migrations/versions/${ids.head}_add_visit_count_field.py`));
    await page.waitForSelector('.cm-content', { timeout: T });
    assert((await visible()) === 'editor', `after opening a file: ${await visible()}`);
    assert((await page.getAttribute($('phone-tab-editor'), 'aria-selected')) === 'true', 'the Editor tab is not selected');
    await h.shot('editor');
    await page.focus($('phone-tab-editor'));
    await page.keyboard.press('ArrowRight');
    assert((await visible()) === 'console', `→ from Editor: ${await visible()}`);
    assert(await page.evaluate(() => document.activeElement?.dataset.testid === 'phone-tab-console'), 'focus did not follow →');
    await page.keyboard.press('ArrowRight');
    assert((await visible()) === 'views', `→ from Console: ${await visible()}`);
    await page.click($('tab-data'));
    await page.click($('seed-rows'));
    await page.waitForSelector(`${$('data-rows')} table`, { timeout: T });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert(wide <= 392, `the Data view makes the page ${wide}px wide`);
    await h.shot('data');
  });

  await h.check('the Lessons button shows the lesson pane with the console', async () => {
    await page.click($('tab-lessons'));
    assert(await page.locator($('lessons')).isVisible(), 'the lesson pane is hidden');
    assert(await page.locator($('console-input')).isVisible(), 'the console is hidden');
    assert((await page.getAttribute($('phone-tab-console'), 'aria-selected')) === 'true', 'the Console tab is not selected');
    await h.shot('lessons');
    await page.click($('phone-tab-views')); // the Lessons button is with the views: it hides the pane again
    await page.click($('tab-lessons'));
    await page.click($('phone-tab-console'));
    assert(await page.locator($('lessons')).isHidden(), 'the lesson pane did not hide');
  });

  await h.check('axe at phone width: no serious or critical violations', async () => {
    const axe = await readFile(webRequire.resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(`${axe}\n;0`);
    for (const name of ['console', 'views']) {
      await page.click($(`phone-tab-${name}`));
      const grave = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} at ${v.nodes[0]?.target.join(' ')}`));
      assert(grave.length === 0, `${name}: ${grave.join('; ')}`);
    }
  });

  await h.check('at desktop width the tab row is hidden and every pane shows', async () => {
    await page.setViewportSize({ width: 1400, height: 860 });
    assert(await page.locator($('phone-tabs')).isHidden(), 'the pane tabs show on a desktop');
    assert((await visible()) === 'files,editor,console,views,history', `panes shown: ${await visible()}`);
  });
} finally {
  await h.finish();
}
