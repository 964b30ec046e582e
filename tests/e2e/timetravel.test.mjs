// Browser end to end, the page's memory limits: the time-travel byte cap (lowered for the test
// with ?snapshot-cap=, so a few small snapshots reach it) and its messages in English and 中文, a
// snapshot larger than the cap, a file the project cannot hold (the core's 64 MiB of files) typed
// into the editor, and the console's scrollback.
//   node tests/e2e/timetravel.test.mjs BUILD_WEB_DIR
import { $, T, assert, ids, start } from './harness.mjs';

const h = await start('timetravel');
const { page } = h;
const CAP = 128 * 1024; // the demo's snapshots are 12 KB (no database) to 45 KB: two or three fit
const SCROLLBACK = 1000; // web/src/console.ts

const held = () => page.evaluate(() => ({ bytes: window.__revlab.snapshotBytes, cap: window.__revlab.snapshotCap }));
const entries = () => page.locator('[data-testid^="snapshot-restore-"]').count();
const notice = async () => {
  const line = page.locator($('timetravel-notice'));
  return (await line.isVisible()) ? { text: await line.innerText(), kind: await line.getAttribute('data-kind') } : null;
};

/** Pastes a comment of `bytes` bytes into the open file, as Ctrl+V would; the text is made in the page. */
const pasteComment = (bytes) => page.evaluate((n) => {
  const content = document.querySelector('[data-testid="editor"]').shadowRoot.querySelector('.cm-content');
  const data = new DataTransfer();
  data.setData('text/plain', `# ${'x'.repeat(n - 3)}\n`);
  content.focus();
  content.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}, bytes);

try {
  await h.openFirst();

  await h.check('the snapshot cap can be lowered by the URL only, never raised', async () => {
    assert((await held()).cap === 64 << 20, `default cap: ${(await held()).cap}`);
    await h.open(page, `${h.server.url}?snapshot-cap=${256 << 20}`);
    assert((await held()).cap === 64 << 20, `a larger cap was taken: ${(await held()).cap}`);
    // Nothing changed yet, so nothing was saved: this reload starts from the demo again.
    await h.open(page, `${h.server.url}?snapshot-cap=${CAP}`);
    assert((await held()).cap === CAP, `lowered cap: ${(await held()).cap}`);
    assert((await notice()) === null, 'a time-travel notice before anything happened');
  });

  await h.check('past the byte cap the oldest snapshots go, and the pane says so (English and 中文)', async () => {
    const lines = ['flask db upgrade', `sqlite3 app.db "insert into user_visits (ip_address, visit_count) values ('10.0.0.1', 3)"`,
      'flask db downgrade', 'flask db upgrade', `sqlite3 app.db "delete from user_visits"`];
    for (const line of lines) {
      await h.ok(line);
      const { bytes } = await held();
      assert(bytes > 0 && bytes <= CAP, `after "${line}" time travel holds ${bytes} bytes, cap ${CAP}`);
    }
    const kept = await entries();
    assert(kept >= 1 && kept < lines.length, `${kept} entries kept of ${lines.length}`);
    const en = await notice();
    assert(en?.kind === 'snap.dropped' && en.text === 'Older snapshots were dropped to keep time travel under 128.0 KB.', `notice: ${JSON.stringify(en)}`);
    // The newest entries are the ones kept: the first in the list is the last command.
    assert((await page.locator(`${$('snapshot-0')} code`).innerText()) === lines.at(-1), 'the newest snapshot is not first');
    await page.click($('lang-toggle'));
    const zh = await notice();
    assert(zh?.text === '为使时光回溯保持在 128.0 KB 以内，已删除较早的快照。', `中文 notice: ${JSON.stringify(zh)}`);
    await page.click($('lang-toggle'));
    assert((await notice())?.text === en.text, 'the notice did not come back in English');
    // What is kept still works: Undo twice goes back past the delete and the upgrade.
    await page.click($('undo'));
    await page.waitForFunction(() => document.querySelector('[data-testid="console-output"]').lastElementChild?.textContent.startsWith('Undone: sqlite3'), null, { timeout: T });
    await page.click($('undo'));
    await page.waitForFunction(() => document.querySelector('[data-testid="console-output"]').lastElementChild?.textContent === 'Undone: flask db upgrade', null, { timeout: T });
    assert((await h.current()).join() === ids.base, `current after two undos: ${await h.current()}`);
    await h.shot('dropped');
  });

  await h.check('a snapshot larger than the cap is not kept, with a message saying so', async () => {
    await page.click($('file-app/models.py'));
    await pasteComment(200 * 1024);
    const before = await entries();
    await h.ok('flask db upgrade'); // its "before" holds the 200 KB models.py
    assert((await entries()) === before, `an entry was added: ${before} -> ${await entries()}`);
    assert((await held()).bytes <= CAP, `time travel holds ${(await held()).bytes} bytes`);
    const en = await notice();
    assert(en?.kind === 'snap.tooLarge' && /^The snapshot before “flask db upgrade” was not kept: at 2\d\d\.\d KB it is larger than the 128\.0 KB time travel holds\. Undo cannot go back to just before that step\.$/.test(en.text),
      `notice: ${JSON.stringify(en)}`);
    await page.click($('lang-toggle'));
    const zh = await notice();
    assert(/^没有保存“flask db upgrade”之前的快照：它有 2\d\d\.\d KB，超过了时光回溯的上限 128\.0 KB。/.test(zh?.text ?? ''), `中文 notice: ${JSON.stringify(zh)}`);
    await page.click($('lang-toggle'));
    await h.shot('too-large');
  });

  await h.check('a file the project cannot hold (64 MiB of files) is refused with a message, not silently', async () => {
    await page.click($('file-app/models.py'));
    await pasteComment(65 << 20);
    const expected = 'app/models.py was not saved: the project would hold more than 64 MiB of files; remove some first';
    await page.waitForFunction((text) => [...document.querySelectorAll('[data-testid="console-output"] .line.error')].some((l) => l.textContent === `revlab: ${text}`), expected, { timeout: 60_000 });
    const strip = await page.locator($('editor-error')).innerText();
    assert(strip.includes(expected), `the editor says: ${strip}`);
    // The project is as it was, and it still answers.
    const out = await h.ok('flask db current');
    assert(out.includes(ids.head), `current: ${out}`);
  });

  await h.check(`the console keeps its last ${SCROLLBACK} lines and says older ones were trimmed`, async () => {
    const rows = (n) => `sqlite3 app.db "with recursive n(i) as (select 1 union all select i + 1 from n where i < ${n}) select i from n"`;
    await h.ok(rows(600));
    await h.ok(rows(700));
    const log = await page.evaluate(() => {
      const output = document.querySelector('[data-testid="console-output"]');
      return { count: output.childElementCount, first: output.firstElementChild.textContent, last: output.lastElementChild.textContent };
    });
    assert(log.count === SCROLLBACK + 1, `${log.count} lines in the console`);
    assert(log.first === `… earlier output was trimmed: the console keeps the last ${SCROLLBACK} lines.`, `first line: ${log.first}`);
    assert(log.last === '700', `last line: ${log.last}`);
  });
} finally {
  await h.finish();
}
