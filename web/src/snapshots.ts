// Snapshots of a project as the page holds them (time travel): comparing them and counting what
// they hold. Snapshots share one files object while the files stay the same (client.ts), so what
// is counted per files object is counted once (a WeakMap), and a history of 10,000 files costs
// nothing on the commands that leave the files alone.
import type { Snapshot } from './api';
import { own } from './dom';

export function sameSnapshot(a: Snapshot | undefined, b: Snapshot): boolean {
  if (!a || !sameDatabase(a.database, b.database)) return false;
  const keys = new Set([...Object.keys(a.binds ?? {}), ...Object.keys(b.binds ?? {})]);
  for (const key of keys) if (!sameDatabase(own(a.binds, key) ?? '', own(b.binds, key) ?? '')) return false;
  if (a.files !== b.files) {
    const ak = Object.keys(a.files);
    const bk = Object.keys(b.files);
    if (ak.length !== bk.length) return false;
    for (const key of bk) if (own(a.files, key) !== own(b.files, key)) return false;
  }
  return (a.dirs ?? []).join('\n') === (b.dirs ?? []).join('\n');
}

/**
 * The same database, as a learner sees it. No database ("") and an empty one are the same: SQLite
 * makes the file when a command first opens it, so a read-only `flask db current` on a project with
 * no database leaves an empty one behind (a 0-byte file on disk; in the page's memory database, one
 * page), and that is no change worth a time-travel entry.
 */
export function sameDatabase(a: string, b: string): boolean {
  return a === b || (emptyDatabase(a) && emptyDatabase(b));
}

/**
 * A database (standard base64) that holds nothing: none at all, or a single page whose schema
 * table (sqlite_master, a leaf at offset 100 of page 1) has no rows, and no user_version or
 * application_id set. Only the first 108 bytes are decoded.
 */
export function emptyDatabase(base64: string): boolean {
  if (base64 === '') return true;
  if (base64.length > 4 * Math.ceil(65536 / 3)) return false; // more than one page of the largest size
  let head: Uint8Array;
  try {
    head = Uint8Array.from(atob(base64.slice(0, 144)), (c) => c.charCodeAt(0));
  } catch {
    return false;
  }
  if (head.length < 108 || new TextDecoder().decode(head.subarray(0, 16)) !== 'SQLite format 3\0') return false;
  const u16 = (at: number) => (head[at] << 8) | head[at + 1];
  const u32 = (at: number) => ((head[at] << 24) | (head[at + 1] << 16) | (head[at + 2] << 8) | head[at + 3]) >>> 0;
  const pageSize = u16(16) === 1 ? 65536 : u16(16);
  const bytes = (base64.length / 4) * 3 - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);
  return bytes === pageSize && u32(28) <= 1 && u32(60) === 0 && u32(68) === 0 && head[100] === 0x0d && u16(103) === 0;
}

/**
 * A snapshot's size in memory: characters of the database's base64 and of every path and file.
 * V8 keeps these (nearly always ASCII) strings at one byte a character, so it is close to the bytes
 * the entry pins, and it costs nothing to compute (a string's length is stored).
 */
export function snapshotBytes(snap: Snapshot): number {
  let bytes = snap.database.length + filesBytes(snap.files);
  for (const key of Object.keys(snap.binds ?? {})) bytes += key.length + (own(snap.binds, key) ?? '').length;
  for (const dir of snap.dirs ?? []) bytes += dir.length;
  return bytes;
}

/**
 * Per files object (snapshots share one while the files do not change: client.ts), its
 * characters: counted once, by the worker when it sent them (`noteFilesChars`), else here.
 */
const filesChars = new WeakMap<Record<string, string>, number>();

export function noteFilesChars(files: Record<string, string>, chars: number): void {
  filesChars.set(files, chars);
}

function filesBytes(files: Record<string, string>): number {
  let chars = filesChars.get(files);
  if (chars === undefined) {
    chars = 0;
    for (const [path, content] of Object.entries(files)) chars += path.length + content.length;
    filesChars.set(files, chars);
  }
  return chars;
}
