// Unit tests of the database in a share link (web/src/share-db.ts), under node:test: a database
// goes in deflated and comes back byte for byte; past the limit it is left out and the link says so;
// a damaged part, one that is not SQLite, and one that would inflate past 32 MB are refused.
//   node --test tests/web/share-db.test.mjs
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { load, webRequire } from './load.mjs';

const { encodeDatabase, decodeDatabase, databaseParam, databaseFromHash, DB_LINK_LIMIT } = await load('share-db.ts');
const { deflateSync } = webRequire('fflate');

const b64 = (bytes) => Buffer.from(bytes).toString('base64');
const b64url = (bytes) => Buffer.from(bytes).toString('base64url');
/** An SQLite file's first bytes, then `body`. */
function sqlite(body) {
  const bytes = new Uint8Array(100 + body.length);
  bytes.set(Buffer.from('SQLite format 3\0', 'latin1'));
  bytes.set(body, 100);
  return bytes;
}

test('a database goes into the link and comes back byte for byte', () => {
  const db = sqlite(new Uint8Array(24_576).map((_, i) => (i % 97 === 0 ? i & 0xff : 0)));
  const data = encodeDatabase(b64(db));
  assert.equal(data.kind, 'included');
  assert.equal(data.bytes, db.length);
  assert.match(data.value, /^[A-Za-z0-9_-]+$/);
  assert.ok(data.value.length < 2_000, `${data.value.length} characters`);
  assert.equal(databaseParam(data), `&db=${data.value}`);
  assert.deepEqual(decodeDatabase(data.value), { database: b64(db) });
  assert.deepEqual(databaseFromHash(`#project=abc${databaseParam(data)}`), { value: data.value, leftOut: false });
});

test('past the limit the database is left out, and the link marks it', () => {
  const db = sqlite(randomBytes(60_000));
  const data = encodeDatabase(b64(db));
  assert.equal(data.kind, 'leftOut');
  assert.ok(data.chars > DB_LINK_LIMIT, `${data.chars} characters`);
  assert.equal(databaseParam(data), '&db=-');
  assert.deepEqual(databaseFromHash('#project=abc&db=-'), { leftOut: true });
  assert.equal(encodeDatabase(b64(sqlite(new Uint8Array(4096))), 10).kind, 'leftOut');
});

test('no database: nothing in the link', () => {
  assert.deepEqual(encodeDatabase(''), { kind: 'none' });
  assert.equal(databaseParam({ kind: 'none' }), '');
  assert.deepEqual(databaseFromHash('#project=abc'), { value: undefined, leftOut: false });
});

test('a damaged, foreign or oversized database is refused with its reason', () => {
  assert.deepEqual(decodeDatabase('AAAAAAAA'), { problem: 'share.db.damaged' });
  assert.deepEqual(decodeDatabase('a+b/c='), { problem: 'share.db.damaged' });
  assert.deepEqual(decodeDatabase(b64url(deflateSync(new Uint8Array(4096).fill(65)))), { problem: 'share.db.notSqlite' });
  // 40 MB of zeros deflate to a few tens of KB: the part fits in a link but must not inflate past 32 MB.
  const bomb = b64url(deflateSync(sqlite(new Uint8Array(40 << 20)), { level: 9 }));
  assert.ok(bomb.length <= DB_LINK_LIMIT, `${bomb.length} characters`);
  assert.deepEqual(decodeDatabase(bomb), { problem: 'share.db.tooLarge' });
  assert.deepEqual(decodeDatabase('A'.repeat(DB_LINK_LIMIT + 8)), { problem: 'share.db.tooLong' });
});
