// What a lesson is made of, and what it may ask of the page. The catalogue (lesson-catalogue.ts)
// is data of these types; the runner (lessons.ts) walks it; the page (app.ts) gives each lesson a
// clean copy of the demo and puts the user's own project back when the lesson is left.
import type { SqlValue, State, Table } from './api';

export type Text = { en: string; zh: string };

/** The views a step can ask the learner to watch. */
export type View = 'graph' | 'schema' | 'data' | 'editor' | 'console';

export interface LessonContext {
  state: State;
  tables: Table[];
  lastLine: string;
  lastExit: number;
  lastOutput: string[];
  /** Console commands run so far: a new count since the last check means a command ran. */
  commands: number;
  /** The last recorded change (command or action) changed the project: Undo can take it back. */
  lastChanged: boolean;
  query(sql: string): Promise<SqlValue[][]>;
  file(path: string): string | undefined;
}

/** Prepares a lesson's starting state on the fresh copy of the demo (nothing of it is recorded). */
export interface LessonSetup {
  /** Runs a console line; throws unless it exits 0. */
  run(line: string): Promise<void>;
  query(sql: string): Promise<void>;
  read(path: string): string | undefined;
  write(path: string, content: string): Promise<void>;
  remove(path: string): Promise<void>;
}

export interface LessonActions {
  /** Puts a line into the console's input (it does not run it). */
  type(line: string): void;
  openFile(path: string): Promise<void>;
  /** Adds a line to the UserVisit model in app/models.py, in the editor (after its first db.Column). */
  addModelField(line: string): Promise<void>;
  /** Rewrites a file (as a recorded change) and opens it. */
  rewriteFile(path: string, edit: (content: string) => string, label: string): Promise<void>;
  /** Writes files (as one recorded change). */
  writeFiles(files: Record<string, string>, label: string): Promise<void>;
  /** The demo's files as the lesson's copy started (before its setup). */
  demoFiles(): Record<string, string>;
  seed(table: string, count: number): Promise<number>;
  undo(): Promise<void>;
  show(view: View): void;
  /** A clean copy of the demo for `lesson` (the user's project is put aside the first time). */
  enter(lesson: Lesson): Promise<void>;
  /** The user's own project back. */
  leave(): Promise<void>;
}

export interface Quiz {
  question: Text;
  /** Worked out when the quiz opens; `right` marks the answers that count. */
  options: (c: LessonContext) => { label: Text | string; right: boolean }[];
}

export interface Step {
  /** What to do. */
  text: (c: LessonContext) => Text;
  /** Why it matters. */
  why: Text;
  /** Where to look while it happens. */
  watch: { view: View; what: Text };
  /** The state the step must reach, said when a command ran and it is not reached. */
  goal: Text;
  command?: (c: LessonContext) => string;
  action?: { label: Text; run: (a: LessonActions, c: LessonContext) => Promise<unknown> };
  /** The step's state holds (for a quiz step: the quiz may open). */
  check: (c: LessonContext) => boolean | Promise<boolean>;
  /** Asked once the check holds; the right answer completes the step. */
  quiz?: Quiz;
  /** The step's command is meant to fail: a failure is what it checks, not a problem. */
  fails?: boolean;
  /** How to recover when its command fails (default: a general word). */
  recover?: Text;
}

export interface Lesson {
  id: string;
  title: Text;
  intro: Text;
  /** The lesson's starting state, said when it starts. */
  start: Text;
  setup?: (s: LessonSetup) => Promise<void>;
  steps: Step[];
}
