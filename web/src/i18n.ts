// The page's two languages: English and 中文 (the guide is Chinese). `t(key)` gives the text in
// the current language; `bind` keeps an element's text (or an attribute) in step with the toggle;
// panes that render from data re-render on `onLanguage`.
import { MESSAGES, type MessageKey } from './messages';

export type Lang = 'en' | 'zh';
export type { MessageKey };

const STORAGE_KEY = 'revlab.lang';

function initial(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'en' || saved === 'zh') return saved;
  } catch {
    /* storage may be off */
  }
  return navigator.language?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

let current: Lang = initial();
const listeners = new Set<(lang: Lang) => void>();
const bound = new Set<{ ref: WeakRef<Element>; key: MessageKey; attr?: string; args: (string | number)[] }>();
/** `bound`'s size at which `bind` next drops the entries of collected elements. */
let sweepAt = 512;

export function lang(): Lang {
  return current;
}

/** Whether `key` names a message (keys that come from the core are checked before use). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

export function t(key: MessageKey, ...args: (string | number)[]): string {
  const entry = MESSAGES[key];
  let text: string = entry[current] ?? entry.en;
  args.forEach((arg, i) => (text = text.replaceAll(`{${i}}`, String(arg))));
  return text;
}

function apply(node: Element, key: MessageKey, attr: string | undefined, args: (string | number)[]): void {
  if (attr) node.setAttribute(attr, t(key, ...args));
  else node.textContent = t(key, ...args);
}

/** Sets `node`'s text (or `attr`) to t(key) now and after every language change. */
export function bind<T extends Element>(node: T, key: MessageKey, attr?: string, ...args: (string | number)[]): T {
  apply(node, key, attr, args);
  bound.add({ ref: new WeakRef(node), key, attr, args });
  // Panes that re-render (the schema's "changed" title, the editor's badge) bind new elements
  // each time; without a sweep the set would grow with every command until a language toggle.
  if (bound.size > sweepAt) {
    for (const entry of bound) if (!entry.ref.deref()) bound.delete(entry);
    sweepAt = Math.max(512, 2 * bound.size);
  }
  return node;
}

export function setLang(next: Lang): void {
  if (next === current) return;
  current = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    /* ignore */
  }
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  for (const entry of bound) {
    const node = entry.ref.deref();
    if (!node) bound.delete(entry);
    else apply(node, entry.key, entry.attr, entry.args);
  }
  for (const listener of listeners) listener(next);
}

/**
 * A label kept for later (a time-travel entry's): `label` is its text when it was made; with `key`,
 * it is shown in the language of the moment. Args may be labels themselves ("restore (before …)").
 */
export interface Label {
  label: string;
  key?: string;
  args?: (string | number | Label)[];
}

/** A label from a message, shown in the current language wherever it is displayed. */
export function message(key: MessageKey, ...args: (string | number | Label)[]): Label {
  const made: Label = { label: '', key, args };
  made.label = labelText(made);
  return made;
}

/** A label's text now (saved entries are data: a key or args of the wrong shape fall back to `label`). */
export function labelText(value: Label): string {
  if (typeof value.key !== 'string' || !isMessageKey(value.key)) return String(value.label);
  const args = Array.isArray(value.args) ? value.args : [];
  return t(value.key, ...args.map((arg) => (arg && typeof arg === 'object' ? labelText(arg) : String(arg))));
}

export function onLanguage(listener: (lang: Lang) => void): void {
  listeners.add(listener);
}

document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
