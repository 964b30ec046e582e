// Export and import of a project as a zip (fflate). The export is a Flask backend folder that runs
// under real Flask-Migrate: main.py, app/, migrations/ and app.db. The import takes such a zip
// (optionally inside one top folder) and refuses unsafe paths and oversized content before
// anything is unpacked.
import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from 'fflate';
import { ZipError, listEntries, readEntry, type ZipEntry } from './unzip';

/** What a project from a zip (or a share link: files and folders) may hold. */
export const LIMITS = {
  zipBytes: 16 << 20, // the .zip itself
  entries: 12_000, // read from the central directory before anything else
  files: 12_000, // a history of 10,000 revisions and the rest of the project
  folders: 500,
  fileBytes: 4 << 20, // one text file (the parser's own limit)
  databaseBytes: 32 << 20,
  totalBytes: 48 << 20, // everything unpacked
};

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

export interface Imported {
  files: Record<string, string>;
  dirs: string[];
  database?: Uint8Array;
  /** The bind databases (SQLALCHEMY_BINDS): `<key>.db` beside app.db, by key. */
  binds: Record<string, Uint8Array>;
  skipped: string[];
}

/**
 * The zip of a project: every file, plus the database as app.db when there is one and each bind
 * database (`flask db init --multidb`) as <key>.db beside it, as the Flask app names them. Written
 * entry by entry (fflate's streaming Zip): zipSync would key a tree object by the paths, where a
 * file named "__proto__" is lost.
 */
export function exportZip(
  files: Record<string, string>,
  database: Uint8Array | undefined,
  dirs: string[] = [],
  binds: Record<string, Uint8Array> = {},
): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const mtime = new Date(2025, 8, 30);
  const add = (name: string, data: Uint8Array, deflate: boolean) => {
    const entry = deflate ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    entry.mtime = mtime;
    zip.add(entry);
    entry.push(data, true);
  };
  const used = new Set<string>();
  for (const [path, content] of Object.entries(files)) {
    add(path, strToU8(content), true);
    for (let cut = path.lastIndexOf('/'); cut > 0; cut = path.lastIndexOf('/', cut - 1)) used.add(path.slice(0, cut));
  }
  // Keep empty folders (versions/ right after `flask db init`) so Alembic finds them.
  for (const dir of dirs) if (!used.has(dir)) add(`${dir}/`, new Uint8Array(0), false);
  if (database && database.length) add('app.db', database, true);
  for (const [key, bytes] of Object.entries(binds)) if (bytes.length) add(`${key}.db`, bytes, true);
  zip.end();
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Why a path in a zip is refused, or undefined when it is a safe relative path. */
export function unsafePath(name: string): string | undefined {
  if (name.includes('\0')) return 'it contains a NUL character';
  if (name.includes('\\')) return 'it uses backslashes';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'it is an absolute path';
  if (name.split('/').some((part) => part === '..')) return 'it climbs out of the folder (..)';
  return undefined;
}

const DATABASE = /\.(db|sqlite3?)$/i;
const SKIP = /(^|\/)(__pycache__|\.git|\.venv|venv|node_modules|\.idea|\.vscode)(\/|$)|\.py[co]$|(^|\/)\.DS_Store$/;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/**
 * Why a project of these file paths is refused (too many files or folders), or undefined. Every
 * command lists the project's tree, so 20,000 folders would make each one take seconds.
 */
export function tooMany(paths: string[]): string | undefined {
  if (paths.length > LIMITS.files) return `it holds ${paths.length.toLocaleString('en-US')} files; the limit is ${LIMITS.files.toLocaleString('en-US')}`;
  const dirs = new Set<string>();
  for (const path of paths) {
    for (let cut = path.lastIndexOf('/'); cut > 0; cut = path.lastIndexOf('/', cut - 1)) {
      const dir = path.slice(0, cut);
      if (dirs.has(dir)) break;
      dirs.add(dir);
    }
    if (dirs.size > LIMITS.folders) return `it holds more than ${LIMITS.folders.toLocaleString('en-US')} folders`;
  }
  return undefined;
}

/**
 * A project from a zip. The central directory is checked whole (entry count, every path, every
 * declared size) before any entry is inflated; each entry then inflates with a running byte count
 * and must match its declared size and CRC-32 (unzip.ts).
 */
export function readZip(bytes: Uint8Array): Imported {
  if (bytes.length > LIMITS.zipBytes) throw new ImportError(`The zip is ${mb(bytes.length)}; the limit is ${LIMITS.zipBytes >> 20} MB.`);
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ImportError('This is not a zip file.');
  const refuse = (why: string) => new ImportError(`${why} Nothing was imported.`);
  let entries: ZipEntry[];
  try {
    entries = listEntries(bytes, LIMITS.entries);
  } catch (error) {
    if (error instanceof ZipError) throw refuse(`The zip cannot be read: ${error.message}.`);
    throw error;
  }
  let declared = 0;
  const seen = new Set<string>();
  const wanted: ZipEntry[] = [];
  for (const entry of entries) {
    const name = entry.name;
    const why = unsafePath(name);
    if (why) throw refuse(`The zip holds "${name}": ${why}.`);
    if (seen.has(name)) throw refuse(`The zip holds "${name}" twice.`);
    seen.add(name);
    const limit = DATABASE.test(name) ? LIMITS.databaseBytes : LIMITS.fileBytes;
    if (entry.size > limit) throw refuse(`"${name}" would unpack to ${mb(entry.size)}; the limit is ${limit >> 20} MB.`);
    declared += entry.size;
    if (declared > LIMITS.totalBytes) throw refuse(`The zip would unpack to more than ${LIMITS.totalBytes >> 20} MB.`);
    if (!name.endsWith('/') && !SKIP.test(name)) wanted.push(entry);
  }
  const crowded = tooMany(wanted.map((entry) => entry.name));
  if (crowded) throw refuse(`The zip cannot be imported: ${crowded}.`);

  const unzipped = new Map<string, Uint8Array>();
  for (const entry of wanted) {
    try {
      unzipped.set(entry.name, readEntry(bytes, entry));
    } catch (error) {
      if (error instanceof ZipError) throw refuse(`The zip cannot be read: ${error.message}.`);
      throw error;
    }
  }

  // A zip of a folder ("backend/main.py" ...): drop the one top folder all paths share.
  const names = [...unzipped.keys()];
  if (names.length === 0) throw new ImportError('The zip holds no files.');
  const tops = new Set(names.map((name) => (name.includes('/') ? name.split('/')[0] : '')));
  const strip = tops.size === 1 && !tops.has('') && !names.some((name) => name.startsWith('migrations/')) ? `${[...tops][0]}/` : '';

  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Keyed by paths from the zip: no prototype, so "__proto__" is a file like any other.
  const out: Imported = {
    files: Object.create(null) as Record<string, string>,
    dirs: [],
    binds: Object.create(null) as Record<string, Uint8Array>,
    skipped: [],
  };
  // app.db is the database; beside it, <key>.db files are bind databases. Without app.db, the
  // first database file found is taken as the app's.
  const hasAppDb = [...unzipped.keys()].some((name) => name.slice(strip.length) === 'app.db');
  for (const [name, data] of unzipped) {
    const path = name.slice(strip.length);
    if (DATABASE.test(path)) {
      if (path === 'app.db' || (!hasAppDb && !out.database)) out.database = data;
      else if (hasAppDb && /^[A-Za-z0-9_-]+\.db$/.test(path)) out.binds[path.slice(0, -3)] = data;
      else out.skipped.push(path);
      continue;
    }
    try {
      out.files[path] = decoder.decode(data);
    } catch {
      out.skipped.push(path); // not UTF-8 text (an image, a binary ...)
    }
  }
  const paths = Object.keys(out.files);
  if (!paths.some((name) => name.startsWith('migrations/') || name.endsWith('models.py'))) {
    throw new ImportError('The zip holds no migrations/ folder and no models.py: it does not look like a Flask-Migrate project.');
  }
  const dirs = new Set<string>();
  for (const name of paths) {
    const dir = name.split('/').slice(0, -1).join('/');
    if (dir) dirs.add(dir);
  }
  if (!dirs.has('migrations/versions') && paths.some((n) => n.startsWith('migrations/'))) dirs.add('migrations/versions');
  out.dirs = [...dirs];
  return out;
}

/** A revision script's id (`revision = '...'`), or undefined when the text is not one. */
export function revisionId(text: string): string | undefined {
  return /^revision\s*(?::\s*str\s*)?=\s*['"]([^'"]+)['"]/m.exec(text)?.[1];
}
