// Projects for the hostile-input e2e files: the demo's files, generated revision scripts, share
// links and zips (built with fflate from web/'s lockfile, as the page builds them).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { $, assert, repo, webRequire } from './harness.mjs';

const { deflateSync, strToU8, Zip, ZipDeflate } = webRequire('fflate');

/** The demo project (migrations/visits) as { path: text }. */
export function demoFiles({ versions = true } = {}) {
  const files = {};
  const walk = (dir, rel) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(full).isDirectory()) walk(full, r);
      else if (versions || !r.startsWith('migrations/versions/')) files[r] = readFileSync(full, 'utf8');
    }
  };
  walk(path.join(repo, 'migrations/visits'), '');
  return files;
}

/** A revision script: `down` is null (a base), an id, or a list of ids (a merge). */
export function revision(id, down, upgrade = 'pass') {
  const q = (s) => JSON.stringify(s);
  const downs = down === null ? 'None' : Array.isArray(down) ? `(${down.map(q).join(', ')},)` : q(down);
  return `"""${id}\n\nRevision ID: ${id}\n"""\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = ${q(id)}\ndown_revision = ${downs}\nbranch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n    ${upgrade}\n\n\ndef downgrade():\n    pass\n`;
}

/** The demo without its revisions, plus a chain of `n` revisions r000000 ... (the oldest first). */
export function chain(n, prefix = 'r') {
  const files = demoFiles({ versions: false });
  let down = null;
  for (let i = 0; i < n; i++) {
    const id = `${prefix}${String(i).padStart(6, '0')}`;
    files[`migrations/versions/${id}_step.py`] = revision(id, down);
    down = id;
  }
  return files;
}

/** The demo without its revisions, plus `n` revisions that all start from the base (n heads). */
export function siblings(n) {
  const files = demoFiles({ versions: false });
  for (let i = 0; i < n; i++) {
    const id = `s${String(i).padStart(6, '0')}`;
    files[`migrations/versions/${id}_head.py`] = revision(id, null);
  }
  return files;
}

/** A share link's fragment value for these files, as the page's Share button makes it. */
export function shareValue(files) {
  return Buffer.from(deflateSync(strToU8(JSON.stringify({ v: 1, files })), { level: 9 })).toString('base64url');
}

/** A zip of these entries ({ name: text or bytes }, entry by entry: "__proto__" is a name too), as a Buffer. */
export function zipOf(entries, level = 6) {
  const chunks = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of Object.entries(entries)) {
    const entry = new ZipDeflate(name, { level });
    zip.add(entry);
    entry.push(typeof data === 'string' ? strToU8(data) : data, true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

/**
 * Installs a long-task observer before any script of the page runs; `longTasks(page)` then gives
 * the durations (ms) seen since the last call, longest first.
 */
export async function watchLongTasks(page) {
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
}

export function longTasks(page) {
  return page.evaluate(() => {
    const seen = (window.__longTasks ?? []).sort((a, b) => b - a);
    window.__longTasks = [];
    return seen;
  });
}

/**
 * Main-thread stalls of a page (harness `h`), measured with a long-task observer
 * (watchLongTasks first). A long task is wall time, so on a busy machine (this one is shared)
 * every task is longer, the demo's own start's included: the bound is 200 ms or twice the longest
 * stall of that start, and a measurement over it is taken again (three times in all, recalibrating
 * first), so that a moment of load is not a failure while a real stall of the page always is.
 */
export function stallMeter(h, page = h.page) {
  const LONG = 90_000; // a project of thousands of revisions loads in seconds, more on a busy machine
  const meter = { bound: 200, LONG };

  /** Opens a link (confirming the replacement of the open project when asked) and waits for its banner. */
  meter.openLink = async (files, value = shareValue(files)) => {
    await page.goto('about:blank');
    await page.goto(`${h.server.url}#project=${value}`, { timeout: LONG });
    await page.waitForSelector('body[data-ready="true"]', { timeout: LONG });
    await page.waitForFunction(() => document.querySelector('[data-testid="share-ask"]') || /Opened a shared project/.test(document.querySelector('[data-testid="banner-share"]')?.textContent ?? ''), null, { timeout: LONG });
    if (await page.locator($('share-ask')).count()) await page.click($('share-open'));
    await page.waitForFunction(() => /Opened a shared project/.test(document.querySelector('[data-testid="banner-share"]')?.textContent ?? ''), null, { timeout: LONG });
  };

  /** Reloads the page on the saved project. */
  meter.reopen = async () => {
    await page.goto(h.server.url, { timeout: LONG });
    await page.waitForSelector('body[data-ready="true"]', { timeout: LONG });
  };

  /** The bound from the demo's start (a safe start: it never loads the saved project). */
  meter.calibrate = async () => {
    let longest = 0;
    for (let i = 0; i < 2; i++) {
      await page.goto('about:blank');
      await longTasks(page);
      await h.open(page, `${h.server.url}?safe`);
      await page.waitForTimeout(300);
      longest = Math.max(longest, ...(await longTasks(page)), 0);
    }
    meter.bound = Math.max(200, 2 * longest);
    console.log(`     the demo's start stalls up to ${longest} ms: the bound is ${meter.bound} ms`);
  };

  /** Runs `scenario` (after `prepare`, not measured); no stall may reach the bound, in one of three tries. */
  meter.measured = async (what, scenario, prepare = async () => {}) => {
    for (let attempt = 1; ; attempt++) {
      await prepare();
      await longTasks(page);
      await scenario();
      const seen = await longTasks(page);
      console.log(`     ${what}: longest main-thread stalls ${seen.slice(0, 5).join(', ') || 'none'} ms (bound ${meter.bound} ms)`);
      if (!seen.length || seen[0] < meter.bound) return;
      assert(attempt < 3, `${what}: a ${seen[0]} ms stall, three times over the bound`);
      await meter.calibrate();
    }
  };
  return meter;
}
