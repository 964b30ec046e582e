// Every text of the page exists in 中文: under node:test.
//   - messages.ts: every key has English and 中文, the 中文 is Chinese (a few terms stay as they are,
//     listed below), and both use the same {0}, {1} ... placeholders;
//   - the lessons (lesson-catalogue.ts): every text of every lesson and step, in both;
//   - the page's modules and index.html: no English text written into the page outside messages.ts
//     (text, aria-label, title and placeholder literals), except the few names below.
//   node --test tests/web/i18n.test.mjs
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { load, repo } from './load.mjs';

const { MESSAGES } = await load('messages.ts');
const { LESSONS } = await load('lesson-catalogue.ts');
const CJK = /[\u3400-\u9fff]/;

// Terms shown as they are in both languages, as the guide shows them: Alembic's words for a
// revision's roles, command names, and SQL.
const SAME_IN_BOTH = new Set(['graph.heads', 'graph.legend.head', 'graph.legend.base', 'role.head', 'role.base', 'migrate.title', 'stamp.title', 'data.sqlLabel']);
// Literals that are names, not English: the product, SQL words and keys on a keyboard.
const NAMES = new Set(['Revlab', 'NULL', 'PK', 'FK', 'Tab']);

const placeholders = (text) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort().join(' ');

test('messages.ts: every key in English has its 中文, with the same placeholders', () => {
  const problems = [];
  for (const [key, value] of Object.entries(MESSAGES)) {
    if (typeof value.en !== 'string' || !value.en.trim()) problems.push(`${key}: no English`);
    if (typeof value.zh !== 'string' || !value.zh.trim()) problems.push(`${key}: no 中文`);
    else if (!CJK.test(value.zh) && !SAME_IN_BOTH.has(key)) problems.push(`${key}: the 中文 is not Chinese: ${JSON.stringify(value.zh)}`);
    if (placeholders(value.en) !== placeholders(value.zh ?? '')) problems.push(`${key}: placeholders ${placeholders(value.en)} / ${placeholders(value.zh ?? '')}`);
  }
  assert.deepEqual(problems, []);
});

/** Every { en, zh } text in a lesson (functions of the state are called with a made-up state). */
function texts(value, where, out) {
  const context = {
    state: { current: ['2472b4e8b68e'], heads: ['44e3cc49892c'], revisions: [], error: null },
    tables: [], lastLine: '', lastExit: 0, lastOutput: [], commands: 0, lastChanged: false,
    query: async () => [], file: () => undefined,
  };
  if (typeof value === 'function') {
    if (/^(text|options)$/.test(where.split('.').at(-1))) texts(value(context), where, out);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const keys = Object.keys(value);
  if (keys.includes('en') || keys.includes('zh')) {
    out.push({ where, text: value });
    return;
  }
  for (const key of keys) texts(value[key], `${where}.${key}`, out);
}

test('lessons: every text of every lesson and step in English and 中文', () => {
  const all = [];
  LESSONS.forEach((lesson) => texts(lesson, lesson.id, all));
  assert.ok(all.length > 200, `only ${all.length} texts found in ${LESSONS.length} lessons`);
  // A 中文 text is Chinese, unless it is code the same in both (`db.create_all()`: no two words in a row).
  const code = (text) => text.en === text.zh && !/[A-Za-z]{2,}\s+[A-Za-z]{2,}/.test(text.en);
  const problems = all.filter(({ text }) => !text.en?.trim() || !text.zh?.trim() || (!CJK.test(text.zh) && !code(text)))
    .map(({ where, text }) => `${where}: ${JSON.stringify(text)}`);
  assert.deepEqual(problems, []);
  for (const lesson of LESSONS) {
    assert.ok(CJK.test(lesson.title.zh) && CJK.test(lesson.intro.zh), `${lesson.id}: title or intro not in 中文`);
    lesson.steps.forEach((step, i) => assert.ok(CJK.test(step.why.zh) && CJK.test(step.goal.zh), `${lesson.id} step ${i + 1}: why or goal not in 中文`));
  }
});

// Text put into the page by a literal: el(tag, class, 'text'), .textContent/.title/.placeholder =
// 'text', setAttribute('aria-label' | 'title' | 'placeholder' | 'alt', 'text'), button('text', ...).
const WRITES = [
  /\bel\([^()]*?,[^(),]*?,\s*(['`])((?:(?!\1).)*)\1/g,
  /\.(?:textContent|innerText|title|placeholder)\s*=\s*(['`])((?:(?!\1).)*)\1/g,
  /setAttribute\('(?:aria-label|title|placeholder|alt)',\s*(['`])((?:(?!\1).)*)\1/g,
  /\bbutton\(\s*(['`])((?:(?!\1).)*)\1/g,
];
/** English words left once ${...} parts are taken out. */
const english = (literal) => literal.replace(/\$\{[^}]*\}/g, ' ').match(/[A-Za-z]{2,}/g) ?? [];

test('no English written into the page outside messages.ts', () => {
  const dir = path.join(repo, 'web/src');
  const problems = [];
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.ts') || name === 'messages.ts' || name === 'lesson-catalogue.ts') continue;
    readFileSync(path.join(dir, name), 'utf8').split('\n').forEach((line, i) => {
      if (/^\s*(\/\/|\*)/.test(line)) return;
      for (const pattern of WRITES) {
        for (const [, , literal] of line.matchAll(pattern)) {
          const words = english(literal);
          if (words.length && !CJK.test(literal) && !words.every((w) => NAMES.has(w))) problems.push(`${name}:${i + 1}: ${literal}`);
        }
      }
    });
  }
  const html = readFileSync(path.join(repo, 'web/index.html'), 'utf8').replace(/<script[\s\S]*?<\/script>/g, '');
  for (const [, text] of html.matchAll(/>([^<]+)</g)) {
    if (english(text).length && !CJK.test(text)) problems.push(`index.html: ${text.trim()}`);
  }
  assert.deepEqual(problems, []);
});

test('the scan finds what it looks for (a check that cannot fail proves nothing)', () => {
  const found = (line) => WRITES.some((pattern) => [...line.matchAll(pattern)].some(([, , literal]) => english(literal).length > 0));
  assert.ok(found("this.element.setAttribute('aria-label', 'Project files');"));
  assert.ok(found("row.append(el('span', 'kind', 'Unique index'));"));
  assert.ok(found("input.placeholder = 'starting…';"));
  assert.ok(found("line.append(el('span', 'exit-code', `exit ${code}`));"));
  assert.ok(!found("line.append(el('span', 'exit-code', t('console.exit', code)));"));
  assert.ok(!found("out.push(el('span', 'badge label', `@${label}`));"));
});
