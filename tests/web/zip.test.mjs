// Unit tests of zip import and export and of share links (web/src/zip.ts, unzip.ts, share.ts),
// under node:test: the central directory is read before anything inflates, an entry that lies
// about its size or CRC is refused, and names that are Object.prototype's are kept.
//   node --test tests/web/zip.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { load, webRequire } from './load.mjs';

const { readZip, exportZip, LIMITS } = await load('zip.ts');
const { crc32, listEntries } = await load('unzip.ts');
const { decodeShare, encodeShare } = await load('share.ts');
const { zipSync, strToU8 } = webRequire('fflate');

const project = { 'app/models.py': 'x = 1\n', 'migrations/env.py': '# env\n', 'migrations/versions/a_b.py': "revision = 'a'\n" };
const refused = (fn, pattern) => assert.throws(fn, (error) => error.name === 'ImportError' && pattern.test(error.message));
const u32 = (bytes, at, value) => new DataView(bytes.buffer, bytes.byteOffset).setUint32(at, value, true);
/** Offsets of the central directory headers and the local headers of a zip. */
function headers(bytes) {
  const found = { central: [], local: [] };
  for (let i = 0; i + 4 <= bytes.length; i++) {
    const sig = new DataView(bytes.buffer, bytes.byteOffset).getUint32(i, true);
    if (sig === 0x02014b50) found.central.push(i);
    if (sig === 0x04034b50) found.local.push(i);
  }
  return found;
}

test('crc32 is zip\'s CRC-32', () => {
  assert.equal(crc32(strToU8('123456789')), 0xcbf43926);
  assert.equal(crc32(new Uint8Array(0)), 0);
});

test('export then import gives back every file, the database and empty folders', () => {
  const database = new Uint8Array([83, 81, 76, 105, 116, 101, 0, 1, 2, 3]);
  const zip = exportZip(project, database, ['migrations/versions', 'app', 'migrations/empty']);
  const back = readZip(zip);
  assert.deepEqual({ ...back.files }, project);
  assert.deepEqual([...back.database], [...database]);
  assert.ok(listEntries(zip, 100).some((entry) => entry.name === 'migrations/empty/'));
});

test('bind databases (--multidb) go out as <key>.db beside app.db and come back by key', () => {
  const db = new Uint8Array([83, 81, 76, 1]);
  const logs = new Uint8Array([83, 81, 76, 2]);
  const back = readZip(exportZip(project, db, [], { logs }));
  assert.deepEqual([...back.database], [...db]);
  assert.deepEqual(Object.keys(back.binds), ['logs']);
  assert.deepEqual([...back.binds.logs], [...logs]);
  // without app.db, the one database file is the app's, as before
  const alone = readZip(zipSync({ ...Object.fromEntries(Object.entries(project).map(([k, v]) => [k, strToU8(v)])), 'data.db': logs }));
  assert.deepEqual([...alone.database], [...logs]);
  assert.deepEqual(Object.keys(alone.binds), []);
});

test('files named after Object.prototype survive export and import', () => {
  const files = Object.create(null);
  Object.assign(files, project);
  for (const name of ['__proto__', 'constructor', 'toString', 'app/__proto__']) files[name] = `${name}\n`;
  const back = readZip(exportZip(files, undefined));
  for (const name of ['__proto__', 'constructor', 'toString', 'app/__proto__']) assert.equal(Object.hasOwn(back.files, name) && back.files[name], `${name}\n`);
  assert.equal(Object.getPrototypeOf(back.files), null);
  assert.equal(Object.keys(Object.prototype).length, 0);
});

test('an entry that claims 200 bytes but inflates to 64 MB is refused at once, nothing imported', () => {
  const zip = zipSync({ 'migrations/env.py': strToU8('x'), 'migrations/big.py': new Uint8Array(64 << 20) }, { level: 9 });
  const { central, local } = headers(zip);
  u32(zip, central[1] + 24, 200); // the directory's uncompressed size
  u32(zip, local[1] + 22, 200); // and the local header's
  const started = performance.now();
  refused(() => readZip(zip), /"migrations\/big\.py" claims 200 bytes but holds more: the zip is damaged or forged\. Nothing was imported\./);
  assert.ok(performance.now() - started < 2000, `took ${performance.now() - started} ms`);
});

test('an entry that holds fewer bytes than it claims, or fails its CRC, is refused', () => {
  const zip = zipSync({ 'migrations/env.py': strToU8('hello there, a line of text\n') }, { level: 0 });
  const { central, local } = headers(zip);
  const longer = zip.slice();
  u32(longer, central[0] + 24, 40);
  u32(longer, local[0] + 22, 40);
  refused(() => readZip(longer), /claims 40 bytes but holds 28|does not inflate|runs past/);
  const flipped = zip.slice();
  flipped[local[0] + 30 + 'migrations/env.py'.length] ^= 1; // the first byte of the stored data
  refused(() => readZip(flipped), /"migrations\/env\.py" fails its CRC-32 check \(the zip says [0-9a-f]{8}, the data gives [0-9a-f]{8}\)/);
  const deflated = zipSync({ 'migrations/env.py': strToU8('y'.repeat(5000)) }, { level: 9 });
  const cut = deflated.slice();
  const h = headers(cut);
  u32(cut, h.central[0] + 16, 0x12345678); // a CRC that does not match
  refused(() => readZip(cut), /fails its CRC-32 check/);
});

test('a zip that lists 100,000 entries is refused from its directory record, before any entry is read', async () => {
  // Made by Python's zipfile (zip64: more than 65,535 entries), as such a zip comes from elsewhere.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'revlab-zip-'));
  try {
    const file = path.join(dir, 'many.zip');
    const made = spawnSync('/usr/bin/python3', ['-c', `
import zipfile, sys
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr('migrations/env.py', 'x')
    for i in range(100000): z.writestr(f'f{i}', '')
`, file]);
    assert.equal(made.status, 0, String(made.stderr));
    const bytes = new Uint8Array(await readFile(file));
    const started = performance.now();
    refused(() => readZip(bytes), /lists 100,001 entries; the limit is 12,000/);
    assert.ok(performance.now() - started < 100, `took ${(performance.now() - started).toFixed(0)} ms`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('paths that leave the folder, and too many folders, are refused', () => {
  refused(() => readZip(zipSync({ 'migrations/env.py': strToU8('x'), '../evil.py': strToU8('x') })), /climbs out of the folder/);
  const many = { 'migrations/env.py': strToU8('x') };
  for (let i = 0; i <= LIMITS.folders; i++) many[`d${i}/a.txt`] = strToU8('x');
  refused(() => readZip(zipSync(many)), /more than 500 folders/);
});

test('share links keep a file named __proto__, refuse too many folders, and round-trip', () => {
  const files = Object.create(null);
  Object.assign(files, project);
  files.__proto__ = 'kept\n';
  const back = decodeShare(encodeShare(files));
  assert.equal(Object.hasOwn(back, '__proto__') && back.__proto__, 'kept\n');
  assert.equal(Object.keys(back).length, 4);
  const crowded = Object.create(null);
  for (let i = 0; i < 600; i++) crowded[`d${i}/a.txt`] = 'x';
  assert.throws(() => decodeShare(encodeShare(crowded)), /cannot be opened: it holds more than 500 folders/);
});
