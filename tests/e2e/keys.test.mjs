// Browser end to end, issue 17 finding 4: names of Object.prototype as user data. Revision ids
// __proto__, constructor, toString, hasOwnProperty and valueOf, and a file named __proto__, in a
// share link and in a zip: every one is kept, drawn and usable, and Object.prototype stays clean.
//   node tests/e2e/keys.test.mjs BUILD_WEB_DIR
import { $, T, assert, ids, start, webRequire } from './harness.mjs';
import { demoFiles, revision, shareValue, zipOf } from './projects.mjs';

const { Unzip, UnzipInflate } = webRequire('fflate');
const h = await start('keys');
const { page } = h;
const KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const files = demoFiles();
KEYS.forEach((id, i) => {
  files[`migrations/versions/${id}_step.py`] = revision(id, i ? KEYS[i - 1] : ids.head);
});
// An own property: `files.__proto__ = ...` would set the prototype instead.
Object.defineProperty(files, '__proto__', { value: 'a file named __proto__\n', enumerable: true, writable: true, configurable: true });
const count = Object.keys(files).length;

/** The entry names of a zip (read entry by entry: a tree object would lose "__proto__"). */
function zipNames(bytes) {
  const names = [];
  const unzip = new Unzip((file) => names.push(file.name));
  unzip.register(UnzipInflate);
  unzip.push(bytes, true);
  return names;
}

const pollution = () => page.evaluate(() => Object.getOwnPropertyNames(Object.prototype).filter((name) => !['constructor', '__defineGetter__', '__defineSetter__', 'hasOwnProperty', '__lookupGetter__', '__lookupSetter__', 'isPrototypeOf', 'propertyIsEnumerable', 'toString', 'valueOf', '__proto__', 'toLocaleString'].includes(name)));

try {
  await h.openFirst();

  await h.check('a link with those ids and a file named __proto__ opens with every file', async () => {
    assert(count === 16 && Object.keys(files).includes('__proto__'), `the test's own project: ${Object.keys(files)}`);
    await h.open(page, `${h.server.url}#project=${shareValue(files)}`);
    await page.waitForSelector($('banner-share'), { timeout: T });
    const banner = await page.locator($('banner-share')).innerText();
    assert(banner.includes(`(${count} files)`), `banner: ${banner}`);
    await page.waitForSelector($('file-__proto__'), { timeout: T });
    assert((await h.ok('cat __proto__')).includes('a file named __proto__'), 'cat __proto__');
    assert((await pollution()).length === 0, `Object.prototype gained ${await pollution()}`);
  });

  await h.check('the graph draws every revision once, in one chain, and Object.prototype stays clean', async () => {
    await page.click($('tab-graph'));
    for (const id of KEYS) await page.waitForSelector($(`graph-node-${id}`), { state: 'attached', timeout: T });
    assert((await page.locator('[data-testid^="graph-node-"]').count()) === 8, 'not 7 revisions and the base');
    assert((await page.locator(`${$('graph')} path.edge`).count()) === 7, 'not 7 edges');
    assert(/\bhead\b/.test(await page.locator($('graph-node-valueOf')).getAttribute('class')), 'valueOf is not the head');
    const ys = [];
    for (const id of [ids.head, ...KEYS]) ys.push(await page.locator($(`graph-node-${id}`)).evaluate((n) => n.getBoundingClientRect().top));
    for (let i = 1; i < ys.length; i++) assert(ys[i] < ys[i - 1], `${KEYS[i - 1]} is not drawn above its parent`);
    for (const id of KEYS) assert(await page.locator($(`history-rev-${id}`)).count(), `history lacks ${id}`);
    assert((await pollution()).length === 0, `Object.prototype gained ${await pollution()}`);
    await h.shot('graph');
  });

  await h.check('upgrade and a click on "constructor" move the database through them', async () => {
    await h.ok('flask db upgrade');
    assert((await h.current()).join() === 'valueOf', `current: ${await h.current()}`);
    await page.click($('graph-node-constructor'));
    await page.waitForSelector($('move-dialog'), { timeout: T });
    assert((await page.locator($('move-dialog')).innerText()).includes('$ flask db downgrade constructor'), 'the dialog\'s command');
    await page.click($('move-run'));
    await h.settled('flask db downgrade constructor');
    assert((await h.current()).join() === 'constructor', `current: ${await h.current()}`);
  });

  await h.check('export keeps the file named __proto__, and importing that zip brings it back', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: T }), page.click($('export-zip'))]);
    const bytes = new Uint8Array(Buffer.concat(await (async () => {
      const chunks = [];
      for await (const chunk of await download.createReadStream()) chunks.push(chunk);
      return chunks;
    })()));
    const names = zipNames(bytes);
    assert(names.includes('__proto__') && names.includes('migrations/versions/__proto___step.py'), `export: ${names.join(', ')}`);
    await h.ok('rm __proto__');
    assert((await page.locator($('file-__proto__')).count()) === 0, 'rm did not remove it');
    await page.setInputFiles($('import-input'), { name: 'keys.zip', mimeType: 'application/zip', buffer: Buffer.from(bytes) });
    await page.waitForFunction(() => /Imported \d+ files/.test(document.querySelector('[data-testid="banner-import"]')?.textContent ?? ''), null, { timeout: T });
    await page.waitForSelector($('file-__proto__'), { timeout: T });
    assert((await h.current()).join() === 'constructor', 'the zip\'s database did not come back');
  });

  await h.check('a zip built elsewhere with those names imports every file', async () => {
    const entries = Object.create(null);
    for (const [name, text] of Object.entries(files)) entries[`backend/${name}`] = text;
    entries['backend/hasOwnProperty'] = 'another\n';
    await page.setInputFiles($('import-input'), { name: 'other.zip', mimeType: 'application/zip', buffer: zipOf(entries) });
    await page.waitForFunction((n) => new RegExp(`Imported ${n} files`).test(document.querySelector('[data-testid="banner-import"]')?.textContent ?? ''), count + 1, { timeout: T });
    await page.waitForSelector($('file-hasOwnProperty'), { timeout: T });
    assert((await pollution()).length === 0, `Object.prototype gained ${await pollution()}`);
  });
} finally {
  await h.finish();
}
