// Safe start: opening the page without loading what the last session saved (or what a link
// holds), so that a project that makes the page hang can never lock the user out. It is always
// reachable: the `?safe` address, the "Start safely" button of the loading and failure banners,
// and, after a start that never finished (the tab was reloaded while it hung), on its own.
// Also the watchdog's limits, which `?watchdog=MS` can lower (tests do), never raise.

import type { Interrupted } from './engine';
import { t } from './i18n';

const FLAG = 'safe';
/** Set in sessionStorage while a start loads the user's project; a reload that finds it knows that start never finished. */
const MARKER = 'revlab.starting';

function query(): URLSearchParams {
  return new URLSearchParams(location.search);
}

/** The watchdog's limits (ms): loading what a save, a link or an import holds; any other request. */
export const WATCHDOG = (() => {
  const limits = { start: 20_000, run: 60_000 };
  const asked = Number(query().get('watchdog'));
  if (Number.isSafeInteger(asked) && asked > 0) {
    limits.start = Math.min(limits.start, asked);
    limits.run = Math.min(limits.run, asked);
  }
  return limits;
})();

/** Why this start is a safe one: asked for (`?safe`), or the last start in this tab never finished. */
export function safeStartReason(): 'asked' | 'unfinished' | undefined {
  if (query().has(FLAG)) return 'asked';
  try {
    if (sessionStorage.getItem(MARKER)) return 'unfinished';
  } catch {
    /* storage may be off: then only ?safe */
  }
  return undefined;
}

/** The user's project is about to load. */
export function markStarting(): void {
  try {
    sessionStorage.setItem(MARKER, String(Date.now()));
  } catch {
    /* ignore */
  }
}

/** The start finished (or the user chose): the next reload starts normally. */
export function markStarted(): void {
  try {
    sessionStorage.removeItem(MARKER);
  } catch {
    /* ignore */
  }
}

/** This page's address with `?safe` (and no #fragment: a link is not opened in a safe start). */
export function safeUrl(): string {
  const url = new URL(location.href);
  url.searchParams.set(FLAG, '');
  url.hash = '';
  return url.href.replace(/([?&]safe)=(?=&|$)/, '$1');
}

/** This page's address without `?safe`. */
export function normalUrl(): string {
  const url = new URL(location.href);
  url.searchParams.delete(FLAG);
  url.hash = '';
  return url.href;
}

/** Why the saved project was not loaded, for the safe start's banner. */
export function safeStartText(why: 'asked' | 'unfinished' | Interrupted): string {
  if (why === 'asked') return t('safe.asked');
  if (why === 'unfinished') return t('safe.unfinished');
  if (why.reason === 'timeout') return t('safe.timeout', Number(why.detail) / 1000);
  if (why.reason === 'stopped') return t('safe.stopped');
  return t('safe.crashed', why.detail);
}
