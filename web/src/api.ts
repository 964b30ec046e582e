// The JSON contract of the wasm module (wasm/API.md), as TypeScript types. Nothing here runs.

/** Where an error has a place in a project file. */
export interface Where {
  file: string;
  line?: number;
  column?: number;
}

export interface ErrorReply {
  ok: false;
  error: string;
  where?: Where;
}

/** Options of `revlab_open`: an example project (default "visits"), nothing, or given files. */
export type OpenOptions = { example: string | null } | { files: Record<string, string> };

export interface Revision {
  id: string;
  down_revisions: string[];
  depends_on: string[];
  branch_labels: string[];
  message: string;
  path: string;
  is_head: boolean;
  is_base: boolean;
  is_branch_point: boolean;
  is_merge_point: boolean;
  is_current: boolean;
  /** A stand-in for a revision whose file did not read (only while `State.error` is set). */
  broken?: boolean;
  /** Why it did not read. */
  error?: string;
}

export interface State {
  /** The database's revisions (alembic_version rows). */
  current: string[];
  heads: string[];
  /** Newest first, in `flask db history` order. */
  revisions: Revision[];
  /** Set when the scripts cannot be loaded (e.g. a syntax error). */
  error: string | null;
  where?: Where;
  /** The bind databases (SQLALCHEMY_BINDS, from the models' __bind_key__), each with its revisions. */
  databases?: BindDatabase[];
}

/** One bind database: `key` names it in requests ("database"), `name` is its file (logs.db). */
export interface BindDatabase {
  key: string;
  name: string;
  current: string[];
}

export interface OutputLine {
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface RunReply {
  ok: true;
  exit_code: number;
  output: OutputLine[];
  /** Hints for a learner about the errors in `output` (keys of `hint.<key>` in messages.ts). */
  hints: string[];
  state: State;
}

export interface FileEntry {
  path: string;
  size: number;
}

export interface Column {
  name: string;
  type: string;
  notnull: boolean;
  default: string | null;
  pk: number;
}

export interface Index {
  name: string;
  unique: boolean;
  columns: string[];
}

export interface ForeignKey {
  columns: string[];
  table: string;
  references: string[];
}

export interface Table {
  name: string;
  sql: string;
  columns: Column[];
  indexes: Index[];
  foreign_keys: ForeignKey[];
  row_count: number;
}

export type SqlValue = string | number | null;

/** Each request and the successful reply it gets. */
export interface Requests {
  run: { req: { line: string }; reply: RunReply };
  state: { req: Record<string, never>; reply: { ok: true; state: State } };
  files: { req: Record<string, never>; reply: { ok: true; files: FileEntry[] } };
  read_file: { req: { path: string }; reply: { ok: true; path: string; content: string } };
  write_file: { req: { path: string; content: string }; reply: { ok: true } };
  delete_file: { req: { path: string }; reply: { ok: true } };
  schema: { req: { database?: string }; reply: { ok: true; tables: Table[] } };
  query: {
    req: { sql: string; params?: SqlValue[]; database?: string };
    reply: { ok: true; columns: string[]; rows: SqlValue[][] };
  };
  dry_run: { req: { line: string; schema?: boolean }; reply: DryRunReply };
  snapshot: { req: Record<string, never>; reply: { ok: true } & Snapshot };
  restore: { req: Partial<Snapshot>; reply: { ok: true; state: State } };
  reset: { req: { example?: string | null }; reply: { ok: true; state: State } };
}

/** A run on a throwaway copy: what the command would print and leave, with nothing changed. */
export interface DryRunReply extends Omit<RunReply, 'ok'> {
  ok: true;
  tables?: Table[];
}

/**
 * A project's whole content: the database (base64, "" when there is none), the bind databases of
 * SQLALCHEMY_BINDS by key (`flask db init --multidb`), files and folders.
 */
export interface Snapshot {
  database: string;
  binds?: Record<string, string>;
  files: Record<string, string>;
  dirs: string[];
}

export type Command = keyof Requests;
export type Request<C extends Command = Command> = { cmd: C } & Requests[C]['req'];
export type Reply<C extends Command> = Requests[C]['reply'] | ErrorReply;
