// Unit tests of web/src/import-summary.ts, under node:test: what the import banner says a project holds.
//   node --test tests/web/import-summary.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './load.mjs';

const { summarizeImport } = await load('import-summary.ts');

const rev = (id, extra = {}) => ({ id, path: `migrations/versions/${id}_x.py`, down_revisions: [], depends_on: [],
  branch_labels: [], message: 'x', is_head: false, is_base: false, is_branch_point: false, is_merge_point: false,
  is_current: false, ...extra });

test('a real project: revisions, env.py, models and the app modules revisions import', () => {
  const paths = ['main.py', 'app/__init__.py', 'app/models.py', 'app/types.py', 'migrations/env.py',
    'migrations/alembic.ini', 'migrations/versions/a1_x.py', 'migrations/versions/b2_x.py', 'README.md'];
  const s = summarizeImport(paths, { current: [], heads: ['b2'], revisions: [rev('b2'), rev('a1')], error: null });
  assert.deepEqual(s, { revisions: 2, broken: [], envPy: true, models: true,
    modules: ['app/__init__.py', 'app/types.py', 'main.py'] });
});

test('a file that does not read is named with why; no env.py and no models are said', () => {
  const paths = ['migrations/versions/a1_x.py', 'migrations/versions/bad.py'];
  const state = { current: [], heads: [], error: 'bad.py:3:1: invalid syntax',
    revisions: [rev('a1'), rev('bad', { broken: true, path: 'migrations/versions/bad.py', error: 'invalid syntax' })] };
  const s = summarizeImport(paths, state);
  assert.equal(s.revisions, 1);
  assert.deepEqual(s.broken, [{ path: 'migrations/versions/bad.py', error: 'invalid syntax' }]);
  assert.equal(s.envPy, false);
  assert.equal(s.models, false);
  assert.deepEqual(s.modules, []);
});
