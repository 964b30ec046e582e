// What the lessons' steps are made of: facts about the state for the checks, the watch lines, the
// steps several lessons share. The catalogue (lesson-catalogue.ts, lesson-pitfalls.ts) is built on it.
import type { LessonContext, Step, Text } from './lesson-types';

export const BASE = '2472b4e8b68e';
export const HEAD = '44e3cc49892c';
export const DEMO = new Set([BASE, HEAD]);

// --- facts about the state, for the checks --------------------------------------------------------
export const at = (c: LessonContext, ...ids: string[]) => c.state.current.length === ids.length && ids.every((id) => c.state.current.includes(id));
export const atHead = (c: LessonContext) => c.state.heads.length === 1 && at(c, c.state.heads[0]);
export const ranOk = (pattern: RegExp) => (c: LessonContext) => pattern.test(c.lastLine) && c.lastExit === 0;
export const failedWith = (c: LessonContext, command: RegExp, output: RegExp) =>
  command.test(c.lastLine) && c.lastExit !== 0 && c.lastOutput.some((line) => output.test(line));
export const hasTable = (c: LessonContext, name: string) => c.tables.some((table) => table.name === name);
export const hasColumn = (c: LessonContext, table: string, column: string) =>
  c.tables.some((tb) => tb.name === table && tb.columns.some((col) => col.name === column));
export const noDatabase = (c: LessonContext) => c.state.current.length === 0 && c.tables.length === 0;
/** A head revision the learner made, whose script matches `pattern`. */
export const newHead = (c: LessonContext, pattern: RegExp) =>
  c.state.revisions.find((r) => r.is_head && !DEMO.has(r.id) && pattern.test(c.file(r.path) ?? ''));
export const number = async (c: LessonContext, sql: string) => Number((await c.query(sql))[0]?.[0]);

export const UPGRADE = 'uv run flask db upgrade';
export const watchGraph = (en: string, zh: string) => ({ view: 'graph' as const, what: { en, zh } });
export const watchSchema = (en: string, zh: string) => ({ view: 'schema' as const, what: { en, zh } });
export const watchData = (en: string, zh: string) => ({ view: 'data' as const, what: { en, zh } });
export const same = (value: Text) => () => value;

export const upgradeToHead = (why: Text): Step => ({
  text: same({ en: 'Upgrade the database to the head.', zh: '把数据库升级到 head。' }),
  why,
  watch: watchGraph('the “database” marker moves up to the head', '“数据库”标记移到 head'),
  goal: { en: 'the database at the head revision', zh: '数据库处于 head 版本' },
  command: () => UPGRADE,
  check: atHead,
});

/** The upgrade that applies a new revision adding user_visits.email (two lessons end with it). */
export const upgradeToEmail = (why: Text): Step => ({
  ...upgradeToHead(why),
  watch: watchSchema('email appears in user_visits', 'user_visits 中出现 email 列'),
  goal: { en: 'the database at the new head, with an email column', zh: '数据库处于新的 head，并有 email 列' },
  check: (c) => atHead(c) && hasColumn(c, 'user_visits', 'email'),
});

export const revisionQuiz = (question: Text, right: (c: LessonContext) => string): Step['quiz'] => ({
  question,
  options: (c) => [BASE, HEAD, '(none)'].map((id) => ({ label: id, right: id === right(c) })),
});

export const insertVisits = (counts: number[]) =>
  `INSERT INTO user_visits (ip_address, user_agent, visited_at, visit_count) VALUES ${counts
    .map((count, i) => `('10.0.0.${i + 1}', 'lesson', '2026-01-0${i + 1} 10:00:00', ${count})`).join(', ')}`;

