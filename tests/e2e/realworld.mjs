// Real projects' Flask backends for realworld.test.mjs, built in memory at run time from
// ../shared/realworld (beside the checkout; test data that never enters the repository): the
// project's revision files and stubs/ (its own modules the revisions import, at the project's
// root as the real package would be), a minimal Flask app, and migrations/ as `flask db init`
// lays it out, from Flask-Migrate's own template. Also runs the same steps through real
// Flask-Migrate (realworld-reference.py) for the expected results.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repo } from './harness.mjs';

/**
 * ../shared/realworld beside the checkout; in a git worktree (.git is a file), beside the main
 * checkout the worktree belongs to. REVLAB_REALWORLD names another folder.
 */
function sharedFolder() {
  if (process.env.REVLAB_REALWORLD) return path.resolve(process.env.REVLAB_REALWORLD);
  const beside = (root) => path.resolve(root, '..', 'shared', 'realworld');
  if (existsSync(beside(repo))) return beside(repo);
  try {
    const gitdir = /^gitdir: (.+)$/m.exec(readFileSync(path.join(repo, '.git'), 'utf8'))?.[1];
    const common = path.resolve(gitdir, readFileSync(path.join(gitdir, 'commondir'), 'utf8').trim());
    if (existsSync(beside(path.dirname(common)))) return beside(path.dirname(common));
  } catch {
    // not a worktree: the folder beside the checkout is the one to report missing
  }
  return beside(repo);
}

export const SHARED = sharedFolder();
const TEMPLATE = '/usr/lib/python3/dist-packages/flask_migrate/templates/flask';
const PYTHON = '/usr/bin/python3';

/** The app a Flask-Migrate project needs around its migrations/ (FLASK_APP=main.py). */
const APP = {
  'main.py': "import os\nfrom flask import Flask\nfrom app.extensions import db, migrate\n\n" +
    "app = Flask(__name__)\n" +
    "app.config['SQLALCHEMY_DATABASE_URI'] = 'sqlite:///' + os.path.join(os.path.dirname(os.path.abspath(__file__)), 'app.db')\n" +
    'db.init_app(app)\nmigrate.init_app(app, db)\nfrom app import models  # noqa: E402,F401\n',
  'app/__init__.py': '',
  'app/extensions.py': 'from flask_sqlalchemy import SQLAlchemy\nfrom flask_migrate import Migrate\n\ndb = SQLAlchemy()\nmigrate = Migrate()\n',
  'app/models.py': 'from app.extensions import db  # noqa: F401\n',
};

function walk(dir, rel, into, keep = () => true) {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const r = rel ? `${rel}/${name}` : name;
    if (statSync(full).isDirectory()) walk(full, r, into, keep);
    else if (keep(r)) into[r] = readFileSync(full, 'utf8');
  }
  return into;
}

/** Why the real projects cannot be read here (the test is then skipped), or undefined. */
export function missing() {
  return existsSync(SHARED) ? undefined : `no ${SHARED}`;
}

/**
 * One real project as the files of its Flask backend ({ path: text }), with its revisions
 * (base to head, from each file's revision and down_revision: every history here is a line).
 */
export function realProject(name) {
  if (!existsSync(TEMPLATE)) throw new Error(`no Flask-Migrate template at ${TEMPLATE} (scripts/setup installs python3-flask-migrate)`);
  const files = { ...APP };
  for (const file of ['alembic.ini', 'env.py', 'script.py.mako', 'README']) {
    files[`migrations/${file}`] = readFileSync(path.join(TEMPLATE, file === 'alembic.ini' ? 'alembic.ini.mako' : file), 'utf8');
  }
  const versions = walk(path.join(SHARED, name, 'versions'), '', {}, (r) => r.endsWith('.py'));
  const down = new Map();
  for (const [file, text] of Object.entries(versions)) {
    files[`migrations/versions/${file}`] = text;
    const id = /^revision\b[^=\n]*=\s*['"](\w+)['"]/m.exec(text)?.[1];
    const parent = /^down_revision\b[^=\n]*=\s*(?:['"](\w+)['"]|None)/m.exec(text);
    if (!id || !parent) throw new Error(`${name}/versions/${file}: no revision or down_revision`);
    down.set(id, parent[1] ?? null);
  }
  const stubs = path.join(SHARED, name, 'stubs');
  if (existsSync(stubs)) walk(stubs, '', files, (r) => r.endsWith('.py'));
  const revisions = [];
  for (let at = null; ;) {
    const next = [...down].find(([, parent]) => parent === at)?.[0];
    if (!next) break;
    revisions.push(next);
    at = next;
  }
  if (revisions.length !== down.size) throw new Error(`${name}: the revisions do not form one line`);
  return { name, files, revisions, head: revisions.at(-1), modules: Object.keys(files).filter((p) => p.endsWith('.py') && !p.startsWith('migrations/') && p !== 'app/models.py') };
}

/**
 * Runs the steps ([kind, arg]: db, sql, query) through real Flask-Migrate in a temporary folder.
 * Resolves to one result per step; started early, it runs while the browser works.
 */
export function reference(files, steps) {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, [path.join(repo, 'tests/e2e/realworld-reference.py')], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`real Flask-Migrate's run failed (exit ${code}): ${err.trim().split('\n').slice(-3).join(' | ')}`));
      else resolve(JSON.parse(out));
    });
    child.stdin.end(JSON.stringify({ files, steps }));
  });
}

/** Verifies werkzeug password hashes with real werkzeug: resolves to one boolean per [hash, password]. */
export function verifyHashes(pairs) {
  return new Promise((resolve, reject) => {
    const script = 'import json, sys\nfrom werkzeug.security import check_password_hash\n' +
      'print(json.dumps([check_password_hash(h, p) for h, p in json.load(sys.stdin)]))\n';
    const child = spawn(PYTHON, ['-c', script], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`werkzeug: ${err.trim()}`))));
    child.stdin.end(JSON.stringify(pairs));
  });
}
