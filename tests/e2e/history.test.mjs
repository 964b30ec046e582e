// Browser end to end, issue 17 finding 5: a long history in a share link. A chain of 10,000
// revisions opens, answers commands, and its graph scrolls down to the base, while a long-task
// observer watches the page's main thread: every stall stays under 200 ms (projects.mjs,
// stallMeter, says how a busy machine is allowed for). heads.test.mjs has thousands of heads.
//   node tests/e2e/history.test.mjs BUILD_WEB_DIR
import { $, T, assert, start } from './harness.mjs';
import { chain, stallMeter, watchLongTasks } from './projects.mjs';

const h = await start('history');
const { page } = h;
const { calibrate, measured, openLink, reopen } = stallMeter(h);

try {
  await watchLongTasks(page);
  await h.openFirst();

  await h.check('calibration: the demo\'s own start', calibrate);

  await h.check('a chain of 10,000 revisions in a link opens, head at the top, with no long stall', async () => {
    await measured('opening 10,000 revisions', async () => {
      await openLink(chain(10_000));
      await page.waitForSelector(`${$('graph-node-r009999')}.head`, { state: 'attached', timeout: T });
    });
    assert((await page.locator($('banner-share')).innerText()).includes('(10008 files)'), 'not every file came');
  });

  await h.check('commands on it answer with no long stall; the graph and lists draw only a part', async () => {
    await measured('two commands', async () => {
      assert((await h.ok('flask db heads')).includes('r009999 (head)'), 'heads');
      assert((await h.ok('flask db current')).includes('Context impl'), 'current');
    }, async () => {
      if (!(await page.locator($('graph-node-r009999')).count())) await reopen();
    });
    assert((await page.locator('[data-testid^="graph-node-"]').count()) < 200, 'the graph drew every node');
    assert((await page.locator('[data-testid^="history-rev-"]').count()) <= 100, 'the history listed every revision');
    assert(await page.locator($('history-more')).count(), 'no way to see more of the history');
  });

  await h.check('scrolling the graph to its bottom draws the first revision and the base', async () => {
    await measured('scrolling to the base', async () => {
      await page.click($('tab-graph'));
      await page.locator($('graph-canvas')).evaluate((canvas) => {
        canvas.scrollTop = canvas.scrollHeight;
      });
      await page.waitForSelector($('graph-node-r000000'), { timeout: T });
      await page.waitForSelector($('graph-node-base'), { timeout: T });
    }, async () => {
      if (!(await page.locator($('graph-node-r009999')).count())) await reopen();
    });
    await h.shot('bottom');
  });

} finally {
  await h.finish();
}
