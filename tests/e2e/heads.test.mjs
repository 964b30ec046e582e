// Browser end to end, issue 17 finding 5: wide and long histories in share links. 3,000 sibling
// heads open side by side, and a chain of 2,500 revisions upgrades to its head, while a long-task
// observer watches the page's main thread: every stall stays under 200 ms (projects.mjs,
// stallMeter, says how a busy machine is allowed for).
//   node tests/e2e/heads.test.mjs BUILD_WEB_DIR
import { $, T, assert, start } from './harness.mjs';
import { chain, siblings, stallMeter, watchLongTasks } from './projects.mjs';

const h = await start('heads');
const { page } = h;
const { calibrate, measured, openLink, reopen, LONG } = stallMeter(h);

try {
  await watchLongTasks(page);
  await h.openFirst();

  await h.check('calibration: the demo\'s own start', calibrate);

  await h.check('3,000 sibling heads open side by side, with the heads warning and no long stall', async () => {
    await measured('opening 3,000 heads', async () => {
      await openLink(siblings(3000));
      await page.waitForSelector($('graph-multiple-heads'), { timeout: T });
      await page.waitForSelector('[data-testid^="graph-node-s"].head', { timeout: T });
    });
    assert(/3000 heads/.test(await page.locator($('graph-multiple-heads')).innerText()), 'the warning does not count 3000 heads');
    const drawn = await page.locator('[data-testid^="graph-node-s"]').count();
    assert(drawn > 0 && drawn < 100, `${drawn} heads drawn: the graph draws only what is in view`);
  });

  await h.check('a chain of 2,500 revisions upgrades to its head with no long stall', async () => {
    await openLink(chain(2500));
    await measured('upgrading 2,500 revisions', async () => {
      const input = page.locator($('console-input'));
      await input.fill('flask db upgrade');
      await input.press('Enter');
      await page.waitForFunction(() => !document.querySelector('.console.busy') && document.querySelector('[data-testid="status"]')?.dataset.kind === 'ready', null, { timeout: LONG });
      await page.waitForSelector(`${$('graph-node-r002499')}.current`, { state: 'attached', timeout: T });
    }, async () => {
      if (!(await page.locator($('graph-node-r002499')).count())) await reopen();
      if (await page.locator(`${$('graph-node-r002499')}.current`).count()) await h.ok('rm app.db');
    });
    assert((await page.locator('[data-testid="console-output"] .line').count()) <= 1001, 'the console kept more than its scrollback');
  });
} finally {
  await h.finish();
}
