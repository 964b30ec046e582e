// Browser end to end, issue 15 (keyboard and accessibility): axe-core (web/package.json pins it)
// checks the page with each pane shown (Graph, Schema, Data, Lessons; the files, editor, console
// and time travel are always there), a move dialog open, and in 中文. No serious or critical
// violation is allowed; the lesser ones are printed.
//   node tests/e2e/a11y.test.mjs BUILD_WEB_DIR
import { readFile } from 'node:fs/promises';
import { $, T, assert, ids, start, webRequire } from './harness.mjs';

const h = await start('a11y');
const { page } = h;
const axeSource = await readFile(webRequire.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe on the page as it is now; fails on serious or critical violations. */
async function audit(where) {
  // Through the DevTools protocol: the page's CSP (script-src 'self') does not apply to it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${axeSource}\n;0`);
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length, first: v.nodes[0]?.target.join(' '), why: v.nodes[0]?.failureSummary?.split('\n')[1]?.trim() })));
  const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of violations.filter((x) => !grave.includes(x))) console.log(`     ${where}: ${v.impact} ${v.id} (${v.count}) ${v.first}`);
  assert(grave.length === 0, grave.map((v) => `${v.impact} ${v.id} x${v.count} at ${v.first}: ${v.why}`).join('; '));
}

try {
  await h.openFirst();

  for (const tab of ['graph', 'schema', 'data', 'lessons']) {
    await h.check(`axe: no serious or critical violations with the ${tab} pane shown`, async () => {
      if (tab === 'schema') await h.ok('flask db upgrade'); // tables to show from here on
      await page.click($(`tab-${tab}`));
      if (tab === 'data') await page.waitForSelector(`${$('sql-input')}:visible`, { timeout: T });
      await audit(tab);
    });
  }

  await h.check('axe: a file open in the editor, a move dialog open, and the page in 中文', async () => {
    await page.click($(`file-migrations/versions/${ids.head}_add_visit_count_field.py`));
    await page.waitForSelector('.cm-content', { timeout: T });
    await audit('editor');
    await page.click($('tab-graph'));
    await page.click($(`graph-node-${ids.base}`));
    await page.waitForSelector($('move-dialog'), { timeout: T });
    await audit('move dialog');
    await page.click($('dialog-cancel'));
    await page.click($('lang-toggle'));
    await audit('中文');
    await page.click($('lang-toggle'));
  });
} finally {
  await h.finish();
}
