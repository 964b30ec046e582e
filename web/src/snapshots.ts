// Snapshots of a project as the page holds them (time travel): comparing them and counting what
// they hold. Snapshots share one files object while the files stay the same (client.ts), so what
// is counted per files object is counted once (a WeakMap), and a history of 10,000 files costs
// nothing on the commands that leave the files alone.
import type { Snapshot } from './api';
import { own } from './dom';

export function sameSnapshot(a: Snapshot | undefined, b: Snapshot): boolean {
  if (!a || a.database !== b.database) return false;
  if (a.files !== b.files) {
    const ak = Object.keys(a.files);
    const bk = Object.keys(b.files);
    if (ak.length !== bk.length) return false;
    for (const key of bk) if (own(a.files, key) !== own(b.files, key)) return false;
  }
  return (a.dirs ?? []).join('\n') === (b.dirs ?? []).join('\n');
}

/**
 * A snapshot's size in memory: characters of the database's base64 and of every path and file.
 * V8 keeps these (nearly always ASCII) strings at one byte a character, so it is close to the bytes
 * the entry pins, and it costs nothing to compute (a string's length is stored).
 */
export function snapshotBytes(snap: Snapshot): number {
  let bytes = snap.database.length + filesBytes(snap.files);
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
