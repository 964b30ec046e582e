// Unit tests of web/src/run-marks.ts, under node:test: the places a command's errors point at
// become the editor's inline marks, with the error's text, its SQL line and the run's hints.
//   node --test tests/web/run-marks.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { runMarks } = await load('run-marks.ts');
const REV = 'migrations/versions/66fdba598dc9_email.py';
const known = (path) => path === REV || path === 'app/models.py';

test('a failed step: its place, its message and SQL, and the hints under it', () => {
  const output = [
    'INFO  [alembic.runtime.migration] Running upgrade 44e3cc49892c -> 66fdba598dc9, email',
    `ERROR [flask_migrate] Error: Running upgrade 44e3cc49892c -> 66fdba598dc9, email failed at ${REV}:22:9: Cannot add a NOT NULL column with default value NULL`,
    '[SQL: ALTER TABLE user_visits ADD COLUMN email VARCHAR(120) NOT NULL]',
    'The step was rolled back; the database is unchanged by it and stays at 44e3cc49892c.',
  ];
  const marks = runMarks(output, known, ['Hint: give it a server_default']);
  assert.deepEqual(marks, [{
    file: REV, line: 22, column: 9,
    message: 'Cannot add a NOT NULL column with default value NULL\n[SQL: ALTER TABLE user_visits ADD COLUMN email VARCHAR(120) NOT NULL]\n\nHint: give it a server_default',
  }]);
});

test('a model that does not read: Error: app/models.py:line:col', () => {
  const marks = runMarks(['Error: app/models.py:12:23: Strin(...) is not a column type Revlab knows'], known);
  assert.deepEqual(marks, [{ file: 'app/models.py', line: 12, column: 23, message: 'Strin(...) is not a column type Revlab knows' }]);
});

test('no mark for library paths, unknown files, or lines without a place', () => {
  const output = [
    `ERROR [flask_migrate] Error: failed at ${REV}:23:9: AttributeError: no column (raised at <revlab>/sqlalchemy/engine/result.py:126:13)`,
    'Error: other/thing.py:3:1: not ours',
    'INFO  [alembic.runtime.migration] Context impl SQLiteImpl.',
    'Generating /tmp/x/migrations/versions/abc.py ...  done',
  ];
  const marks = runMarks(output, known);
  assert.equal(marks.length, 1);
  assert.equal(marks[0].line, 23);
  assert.match(marks[0].message, /^AttributeError: no column \(raised at <revlab>/);
  assert.deepEqual(runMarks(['all good'], known, ['Hint: x']), [], 'hints alone make no mark');
});
