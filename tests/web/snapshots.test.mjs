// Unit tests of web/src/snapshots.ts, under node:test: what counts as a change for time travel.
// No database and an empty one (what SQLite leaves after a read-only `flask db current`) are the
// same; a database with a table, a user_version, a second page or damaged bytes is not empty.
//   node --test tests/web/snapshots.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { emptyDatabase, sameDatabase, sameSnapshot } = await load('snapshots.ts');

/** A one-page SQLite database as sqlite3_serialize gives it for a database with nothing in it. */
function page({ size = 4096, cells = 0, userVersion = 0, pages = 1 } = {}) {
  const bytes = new Uint8Array(size * pages);
  bytes.set(new TextEncoder().encode('SQLite format 3\0'));
  const view = new DataView(bytes.buffer);
  view.setUint16(16, size === 65536 ? 1 : size);
  bytes.set([1, 1, 0, 64, 32, 32], 18);
  view.setUint32(28, pages);
  view.setUint32(60, userVersion);
  bytes[100] = 0x0d; // sqlite_master: a leaf table page
  view.setUint16(103, cells);
  view.setUint16(105, size === 65536 ? 0 : size);
  return Buffer.from(bytes).toString('base64');
}

test('no database and an empty one are the same database', () => {
  assert.equal(emptyDatabase(''), true);
  assert.equal(emptyDatabase(page()), true);
  assert.equal(emptyDatabase(page({ size: 1024 })), true);
  assert.equal(emptyDatabase(page({ size: 65536 })), true);
  assert.equal(sameDatabase('', page()), true);
  assert.equal(sameDatabase(page(), ''), true);
});

test('a database that holds something is not empty', () => {
  assert.equal(emptyDatabase(page({ cells: 1 })), false, 'a table in sqlite_master');
  assert.equal(emptyDatabase(page({ userVersion: 7 })), false, 'PRAGMA user_version');
  assert.equal(emptyDatabase(page({ pages: 2 })), false, 'a second page');
  assert.equal(emptyDatabase('bm90IGEgZGF0YWJhc2U='), false, 'text, not a database');
  assert.equal(emptyDatabase('!!!!'), false, 'not base64');
  assert.equal(sameDatabase('', page({ cells: 1 })), false);
  assert.equal(sameDatabase(page({ cells: 1 }), page({ cells: 1 })), true, 'the same bytes');
});

test('sameSnapshot: an empty database left by a read-only command is no change; files still count', () => {
  const files = { 'app/models.py': 'x = 1\n' };
  const before = { database: '', files, dirs: ['app'] };
  assert.equal(sameSnapshot(before, { database: page(), files, dirs: ['app'] }), true);
  assert.equal(sameSnapshot(before, { database: page({ cells: 2 }), files, dirs: ['app'] }), false);
  assert.equal(sameSnapshot(before, { database: page(), files: { 'app/models.py': 'x = 2\n' }, dirs: ['app'] }), false);
  assert.equal(sameSnapshot(undefined, { database: '', files, dirs: [] }), false);
});

test('a bind database (--multidb) that changed makes the snapshot differ; an empty one does not', () => {
  const files = {};
  const base = { database: page({ cells: 1 }), files, dirs: [] };
  assert.equal(sameSnapshot({ ...base, binds: { logs: page({ cells: 1 }) } }, { ...base, binds: { logs: page({ cells: 2 }) } }), false);
  assert.equal(sameSnapshot({ ...base }, { ...base, binds: { logs: page({ cells: 1 }) } }), false);
  assert.equal(sameSnapshot({ ...base }, { ...base, binds: { logs: page() } }), true);
  assert.equal(sameSnapshot({ ...base, binds: { logs: page({ cells: 1 }) } }, { ...base, binds: { logs: page({ cells: 1 }) } }), true);
});
