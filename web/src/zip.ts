// Export and import of a project as a zip (fflate). The export is a Flask backend folder that runs
// under real Flask-Migrate: main.py, app/, migrations/ and app.db. The import takes such a zip
// (optionally inside one top folder) and refuses unsafe paths and oversized content before
// anything is unpacked.
import { strToU8, unzipSync, zipSync, type Unzipped, type Zippable } from 'fflate';

export const LIMITS = {
  zipBytes: 16 << 20, // the .zip itself
  entries: 2000,
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
  skipped: string[];
}

/** The zip of a project: every file, plus the database as app.db when there is one. */
export function exportZip(files: Record<string, string>, database: Uint8Array | undefined, dirs: string[] = []): Uint8Array {
  const tree: Zippable = {};
  for (const [path, content] of Object.entries(files)) tree[path] = strToU8(content);
  // Keep empty folders (versions/ right after `flask db init`) so Alembic finds them.
  for (const dir of dirs) if (!Object.keys(files).some((path) => path.startsWith(`${dir}/`))) tree[`${dir}/`] = new Uint8Array(0);
  if (database && database.length) tree['app.db'] = database;
  return zipSync(tree, { level: 6, mtime: new Date(2025, 8, 30) });
}

/** Why a path in a zip is refused, or undefined when it is a safe relative path. */
export function unsafePath(name: string): string | undefined {
  if (name.includes('\0')) return 'it contains a NUL character';
  if (name.includes('\\')) return 'it uses backslashes';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'it is an absolute path';
  if (name.split('/').some((part) => part === '..')) return 'it climbs out of the folder (..)';
  return undefined;
}

const SKIP = /(^|\/)(__pycache__|\.git|\.venv|venv|node_modules|\.idea|\.vscode)(\/|$)|\.py[co]$|(^|\/)\.DS_Store$/;

export function readZip(bytes: Uint8Array): Imported {
  if (bytes.length > LIMITS.zipBytes) throw new ImportError(`The zip is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${LIMITS.zipBytes >> 20} MB.`);
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ImportError('This is not a zip file.');
  let declared = 0;
  let count = 0;
  let refused: string | undefined;
  let unzipped: Unzipped;
  try {
    // The filter sees every entry before it is inflated: paths and declared sizes are checked
    // there. fflate inflates into a buffer of the declared size, so a lying entry cannot grow.
    unzipped = unzipSync(bytes, {
      filter: (file) => {
        if (refused) return false;
        count++;
        const why = unsafePath(file.name);
        if (why) refused = `The zip holds "${file.name}": ${why}. Nothing was imported.`;
        else if (count > LIMITS.entries) refused = `The zip holds more than ${LIMITS.entries} entries. Nothing was imported.`;
        else {
          const isDb = /\.(db|sqlite3?)$/i.test(file.name);
          const limit = isDb ? LIMITS.databaseBytes : LIMITS.fileBytes;
          if (file.originalSize > limit) refused = `"${file.name}" would unpack to ${(file.originalSize / 1048576).toFixed(1)} MB; the limit is ${limit >> 20} MB. Nothing was imported.`;
          declared += file.originalSize;
          if (!refused && declared > LIMITS.totalBytes) refused = `The zip would unpack to more than ${LIMITS.totalBytes >> 20} MB. Nothing was imported.`;
        }
        return !refused && !file.name.endsWith('/') && !SKIP.test(file.name);
      },
    });
  } catch (error) {
    if (refused) throw new ImportError(refused);
    throw new ImportError(`The zip could not be read: ${(error as Error).message}`);
  }
  if (refused) throw new ImportError(refused);

  // A zip of a folder ("backend/main.py" ...): drop the one top folder all paths share.
  let names = Object.keys(unzipped);
  if (names.length === 0) throw new ImportError('The zip holds no files.');
  const tops = new Set(names.map((name) => (name.includes('/') ? name.split('/')[0] : '')));
  const strip = tops.size === 1 && !tops.has('') && !names.some((name) => name.startsWith('migrations/')) ? `${[...tops][0]}/` : '';

  const decoder = new TextDecoder('utf-8', { fatal: true });
  const out: Imported = { files: {}, dirs: [], skipped: [] };
  for (const name of names) {
    const path = name.slice(strip.length);
    const data = unzipped[name];
    if (/\.(db|sqlite3?)$/i.test(path)) {
      if (!out.database || path === 'app.db') out.database = data;
      else out.skipped.push(path);
      continue;
    }
    try {
      out.files[path] = decoder.decode(data);
    } catch {
      out.skipped.push(path); // not UTF-8 text (an image, a binary ...)
    }
  }
  names = Object.keys(out.files);
  if (!names.some((name) => name.startsWith('migrations/') || name.endsWith('models.py'))) {
    throw new ImportError('The zip holds no migrations/ folder and no models.py: it does not look like a Flask-Migrate project.');
  }
  for (const name of names) {
    const dir = name.split('/').slice(0, -1).join('/');
    if (dir && !out.dirs.includes(dir)) out.dirs.push(dir);
  }
  if (!out.dirs.includes('migrations/versions') && names.some((n) => n.startsWith('migrations/'))) out.dirs.push('migrations/versions');
  return out;
}

/** A revision script's id (`revision = '...'`), or undefined when the text is not one. */
export function revisionId(text: string): string | undefined {
  return /^revision\s*(?::\s*str\s*)?=\s*['"]([^'"]+)['"]/m.exec(text)?.[1];
}
