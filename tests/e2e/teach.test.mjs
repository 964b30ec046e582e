// Browser end to end, issue 15 (a playground that teaches): the console takes what a terminal
// takes, the keyboard is never trapped, and warnings stand out.
//   1. the guide's blocks pasted as written: comment lines, `cd backend`, several lines at once;
//   3. the editor's gutter is opaque, so a line scrolled sideways never shows under the numbers;
//   5. Tab leaves the console when there is nothing to complete, Esc then Tab leaves it and the
//      editor, and skip links are the first stops of Tab;
//   8. banners of a moment clear on reset and on a language switch; the SQL box is the project's;
//   6. time travel shows the whole command, and Redo exists;
//   9. warnings look like warnings, the dangerous choice is never the default, contrast ≥ 4.5:1,
//      and a broken file is marked in the graph while the rest of the graph stays.
//   node tests/e2e/teach.test.mjs BUILD_WEB_DIR
import { $, T, assert, ids, start } from './harness.mjs';
import { demoFiles, zipOf } from './projects.mjs';

const h = await start('teach');
const { page } = h;

/** Pastes `text` into the console input as a user's Ctrl+V does (a paste event with the clipboard's text). */
async function paste(text) {
  await page.focus($('console-input'));
  await page.evaluate((value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    document.querySelector('[data-testid="console-input"]').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** The console's command lines (what was echoed after the prompt), oldest first. */
const commands = () => page.$$eval(`${$('console-output')} .line.command`, (lines) => lines.map((l) =>
  l.textContent.slice(l.querySelector('.console-prompt')?.textContent.length ?? 0)));
const focused = () => page.evaluate(() => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active ? `${active.tagName.toLowerCase()}${active.dataset?.testid ? `[${active.dataset.testid}]` : ''}.${active.className}` : '';
});

try {
  await h.openFirst();

  await h.check('a comment line runs as in a shell: nothing, exit 0, no "command not found"', async () => {
    const out = await h.type('# 删除数据库文件');
    assert(out.length === 0, `a comment printed: ${out.map((l) => l.text).join(' | ')}`);
    const trailing = await h.type('flask db heads  # which heads?');
    assert(trailing.some((l) => l.text.includes(`${ids.head} (head)`)), `a trailing comment broke the line: ${trailing.map((l) => l.text).join(' | ')}`);
  });

  await h.check('errors that teach: a hint under `downgrade -1` and under a migrate on a database behind, in English and 中文', async () => {
    let out = await h.type('flask db downgrade -1');
    let hint = out.find((l) => /\bhint-line\b/.test(l.cls));
    assert(hint && /flask db downgrade -- -2/.test(hint.text), `no hint: ${out.map((l) => l.text).join(' | ')}`);
    assert(out.some((l) => l.text === 'Error: No such option: -1'), 'the error itself changed');
    await page.click($('lang-toggle'));
    out = await h.type('flask db migrate -m x');
    hint = out.find((l) => /\bhint-line\b/.test(l.cls));
    assert(hint && /先运行 flask db upgrade/.test(hint.text), `no 中文 hint: ${out.map((l) => l.text).join(' | ')}`);
    await h.shot('hint-zh');
    await page.click($('lang-toggle'));
  });

  await h.check('the guide\'s first block pasted: each line runs on its own, the last waits for Enter', async () => {
    const before = (await commands()).length;
    const exits = () => page.$$eval(`${$('console-output')} .exit-code`, (lines) => lines.length);
    const failedBefore = await exits();
    await paste('cd backend\nset FLASK_APP=main.py\nuv run flask db migrate -m "迁移描述"');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="console-output"] .line.command').length >= n + 2 &&
      !document.querySelector('.console.busy'), before, { timeout: T });
    const ran = (await commands()).slice(before);
    assert(JSON.stringify(ran) === JSON.stringify(['cd backend', 'set FLASK_APP=main.py']), `ran: ${JSON.stringify(ran)}`);
    assert((await page.inputValue($('console-input'))) === 'uv run flask db migrate -m "迁移描述"', 'the last line is not waiting in the input');
    assert((await exits()) === failedBefore, 'a pasted line failed');
    await page.fill($('console-input'), '');
  });

  await h.check('the guide\'s reset block pasted with its trailing newline runs whole: the database is rebuilt', async () => {
    await h.ok('flask db upgrade');
    const before = (await commands()).length;
    await paste('# 删除数据库文件\nrm app.db\n\n# 重新初始化\nuv run flask db upgrade\n');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="console-output"] .line.command').length >= n + 4 &&
      !document.querySelector('.console.busy'), before, { timeout: T });
    await h.settled('uv run flask db upgrade');
    const ran = (await commands()).slice(before);
    assert(JSON.stringify(ran) === JSON.stringify(['# 删除数据库文件', 'rm app.db', '# 重新初始化', 'uv run flask db upgrade']), `ran: ${JSON.stringify(ran)}`);
    const out = (await h.lastOutput()).map((l) => l.text).join('\n');
    assert(out.includes(`Running upgrade ${ids.base} -> ${ids.head}`), `the upgrade did not rebuild the database: ${out}`);
    assert((await page.inputValue($('console-input'))) === '', 'something was left in the input');
    await h.shot('paste-reset-block');
  });

  await h.check('Tab on an empty console line moves focus on instead of listing commands', async () => {
    await page.fill($('console-input'), '');
    await page.focus($('console-input'));
    const lines = await page.locator(`${$('console-output')} .line`).count();
    await page.keyboard.press('Tab');
    assert(!(await focused()).includes('console-input'), `focus stayed in the console: ${await focused()}`);
    assert((await page.locator(`${$('console-output')} .line`).count()) === lines, 'Tab printed completions');
  });

  await h.check('Tab lists the choices once; a second Tab on the same text moves focus on', async () => {
    await page.fill($('console-input'), 'flask db ');
    await page.focus($('console-input'));
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    assert((await focused()).includes('console-input'), 'the first Tab did not complete');
    const listed = await page.locator(`${$('console-output')} .line.completions`).count();
    await page.keyboard.press('Tab');
    assert(!(await focused()).includes('console-input'), 'the second Tab trapped focus');
    assert((await page.locator(`${$('console-output')} .line.completions`).count()) === listed, 'the second Tab listed again');
  });

  await h.check('Esc then Tab leaves the console even mid-word, and leaves the editor (Shift+Tab too)', async () => {
    await page.fill($('console-input'), 'flask d');
    await page.focus($('console-input'));
    await page.keyboard.press('End');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    assert(!(await focused()).includes('console-input'), 'Esc, Tab stayed in the console');
    assert((await page.inputValue($('console-input'))) === 'flask d', 'Esc, Tab completed the word');
    await page.fill($('console-input'), '');
    await page.click('.cm-content');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Tab');
    assert(!(await focused()).includes('cm-content'), 'Esc, Shift+Tab stayed in the editor');
  });

  await h.check('skip links are the first stops of Tab, visible when focused, and lead to the console and the views', async () => {
    // Focus at the top of the document (where a fresh Tab sequence starts), not just blurred: a
    // blur keeps the browser's starting point where the focus was.
    const toTop = () => page.evaluate(() => {
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
    await toTop();
    await page.keyboard.press('Tab');
    assert((await focused()).includes('skip-console'), `the first Tab stop is ${await focused()}`);
    const box = await page.locator($('skip-console')).boundingBox();
    assert(box && box.x >= 0 && box.width > 0, 'the focused skip link is not visible');
    await h.shot('skip-link');
    await page.keyboard.press('Tab');
    assert((await focused()).includes('skip-views'), `the second Tab stop is ${await focused()}`);
    await page.keyboard.press('Enter');
    assert((await focused()).includes('tab-graph'), `skip to the views landed on ${await focused()}`);
    await toTop();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert((await focused()).includes('console-input'), `skip to the console landed on ${await focused()}`);
  });

  await h.check('the editor\'s gutter is opaque: code scrolled sideways does not show through the line numbers', async () => {
    await page.click($('file-migrations/versions/2472b4e8b68e_initial_migration.py'));
    await page.waitForSelector('.cm-gutters', { timeout: T });
    const background = await page.locator('.cm-gutters').evaluate((g) => getComputedStyle(g).backgroundColor);
    assert(!/rgba\(0, 0, 0, 0\)|transparent/.test(background), `the gutter is transparent: ${background}`);
    await page.locator('.cm-scroller').evaluate((s) => { s.scrollLeft = 200; });
    await h.shot('gutter-scrolled');
  });

  await h.check('a data-loss line is styled as a warning, and the data-loss dialog opens on Cancel: Enter changes nothing', async () => {
    await h.sql("INSERT INTO user_visits (ip_address, visit_count) VALUES ('10.0.0.1', 3)");
    await page.click($('verb-downgrade'));
    await page.waitForSelector($('dataloss-dialog'), { timeout: T });
    assert((await focused()).includes('dialog-cancel'), `the dialog opens on ${await focused()}`);
    await h.shot('dataloss-default');
    await page.keyboard.press('Enter');
    await page.waitForSelector($('dataloss-dialog'), { state: 'detached', timeout: T });
    assert((await h.current()).join() === ids.head, 'Enter ran the downgrade');
    const out = await h.type('flask db downgrade');
    const warning = out.find((l) => l.text.startsWith('WARNI [revlab.safety]'));
    assert(warning && /\bwarning\b/.test(warning.cls), `the data-loss line is not a warning: ${JSON.stringify(warning)}`);
    const colour = await page.locator(`${$('console-output')} .line.warning`).last().evaluate((l) => getComputedStyle(l).color);
    const info = await page.locator(`${$('console-output')} .line.stderr:not(.warning):not(.alert)`).last().evaluate((l) => getComputedStyle(l).color);
    assert(colour !== info, `a warning looks like an INFO line (${colour})`);
    await h.shot('warning-line');
  });

  await h.check('time travel shows an entry\'s whole command on hover; Undo, then Redo puts the change back; a new change forgets Redo', async () => {
    const line = 'flask db revision -m "a message long enough to be cut off in the narrow time-travel pane"';
    const files = () => page.locator('[data-testid^="file-migrations/versions/"]').count();
    const before = await files();
    await h.ok(line);
    assert((await files()) === before + 1, 'the revision file was not written');
    const label = page.locator(`${$('snapshot-0')} code`);
    assert((await label.getAttribute('title')) === line, `the entry's title is ${await label.getAttribute('title')}`);
    await page.hover($('snapshot-0'));
    const cut = await label.evaluate((c) => c.scrollWidth > c.clientWidth + 1);
    assert(!cut, 'the command is still cut off on hover');
    await h.shot('timetravel-hover');
    assert(await page.locator($('redo')).isDisabled(), 'Redo is enabled before any Undo');
    await page.click($('undo'));
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid^="file-migrations/versions/"]').length === n, before, { timeout: T });
    await page.click($('redo'));
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid^="file-migrations/versions/"]').length === n + 1, before, { timeout: T });
    // The files come back before the time-travel pane redraws its list: wait for the entry itself.
    const back = await page.waitForFunction((want) => document.querySelector('[data-testid="snapshot-0"] code')?.getAttribute('title') === want,
      line, { timeout: T }).then(() => true, () => false);
    assert(back, 'Redo did not bring the entry back');
    await page.click($('undo'));
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid^="file-migrations/versions/"]').length === n, before, { timeout: T });
    await h.ok('flask db stamp base');
    assert(await page.locator($('redo')).isDisabled(), 'Redo survived a new change');
  });

  await h.check('a broken file is marked in the graph; the rest of the graph stays', async () => {
    await page.click($('tab-graph'));
    await page.click($(`file-migrations/versions/${ids.head}_add_visit_count_field.py`));
    await page.click('.cm-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\ndef broken(:');
    await page.waitForSelector($('graph-error'), { timeout: T });
    await page.waitForSelector(`${$(`graph-node-${ids.head}`)}.broken`, { timeout: T });
    assert(await page.locator($(`graph-node-${ids.base}`)).count(), 'the rest of the graph is gone');
    await h.shot('graph-broken-file');
    for (let i = 0; i < 20 && (await page.locator($('graph-error')).count()); i++) {
      await page.keyboard.press('Control+z');
      await page.waitForTimeout(150);
    }
    await page.waitForSelector($('graph-error'), { state: 'detached', timeout: T });
    assert((await page.locator(`${$(`graph-node-${ids.head}`)}.broken`).count()) === 0, 'the head stays marked after the fix');
  });

  await h.check('secondary text has a contrast of at least 4.5:1 on its background', async () => {
    const worst = await page.evaluate(() => {
      const rgb = (text) => (text.match(/[\d.]+/g) ?? []).slice(0, 4).map(Number);
      const lum = ([r, g, b]) => [r, g, b].map((c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; })
        .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
      const background = (node) => {
        for (let n = node; n; n = n.parentElement) {
          const c = rgb(getComputedStyle(n).backgroundColor);
          if (c.length === 3 || c[3] > 0) return c;
        }
        return [13, 17, 23];
      };
      let result = { ratio: 99, text: '' };
      for (const node of document.querySelectorAll('.hint, .pane-hint, .empty, .line.note, .tagline, .snapshot-meta, .snapshot-before')) {
        if (!node.textContent.trim() || !node.getClientRects().length) continue;
        const [a, b] = [lum(rgb(getComputedStyle(node).color)), lum(background(node))].sort((x, y) => y - x);
        const ratio = (a + 0.05) / (b + 0.05);
        if (ratio < result.ratio) result = { ratio, text: `${node.className}: ${node.textContent.slice(0, 40)}` };
      }
      return result;
    });
    assert(worst.ratio >= 4.5, `contrast ${worst.ratio.toFixed(2)}:1 for ${worst.text}`);
  });

  await h.check('a moment\'s banner (an import) clears on a language switch and on a reset; the SQL box is the project\'s', async () => {
    const importZip = async () => {
      await page.setInputFiles($('import-input'), { name: 'guide.zip', mimeType: 'application/zip', buffer: Buffer.from(zipOf(demoFiles())) });
      await page.waitForSelector($('banner-import'), { timeout: T });
    };
    await importZip();
    await page.click($('lang-toggle'));
    assert((await page.locator($('banner-import')).count()) === 0, 'the import banner survived the language switch');
    await page.click($('lang-toggle'));
    await importZip();
    await page.click($('tab-data'));
    await page.fill($('sql-input'), 'SELECT 42');
    await page.click($('reset-playground'));
    await page.click($('reset-ok'));
    await page.waitForFunction(() => !document.querySelector('[data-testid="banner-import"]'), null, { timeout: T });
    assert((await page.inputValue($('sql-input'))) === 'SELECT * FROM user_visits;', 'the SQL box kept the previous project\'s query');
  });
  await h.check('on a phone the page opens at its top, and on-screen keys stand in for Tab and ↑', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await h.open();
      await page.waitForTimeout(300);
      assert((await page.evaluate(() => window.scrollY)) === 0, `the page opened scrolled to ${await page.evaluate(() => window.scrollY)}`);
      await h.shot('phone-top');
      assert(await page.locator($('key-tab')).isVisible(), 'no on-screen Tab');
      await page.fill($('console-input'), 'flask db upgr');
      await page.click($('key-tab'));
      assert((await page.inputValue($('console-input'))) === 'flask db upgrade ', `Tab gave ${await page.inputValue($('console-input'))}`);
      await page.fill($('console-input'), '');
      await h.ok('flask db current');
      await page.click($('key-up'));
      assert((await page.inputValue($('console-input'))) === 'flask db current', 'the on-screen ↑ did not recall the last command');
      await page.fill($('console-input'), '');
    } finally {
      await page.setViewportSize({ width: 1400, height: 860 });
    }
    assert(await page.locator($('key-tab')).isHidden(), 'on-screen keys show on a desktop');
  });
} finally {
  await h.finish();
}
