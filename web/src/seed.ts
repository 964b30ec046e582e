// Sample rows for any table: plausible values per column type (and name: ip_address gets an IP,
// user_agent a browser string, *_at a recent timestamp ...), as one INSERT statement. Foreign
// keys take values that exist in the referenced table.
import type { Column, SqlValue, Table } from './api';

const AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
  'curl/8.5.0',
];
const NAMES = ['Li Wei', 'Wang Fang', 'Zhang Min', 'Chen Jing', 'Alice', 'Bob', 'Carol', 'Dmitri', 'Eve', 'Farah'];
const WORDS = ['alpha', 'bravo', 'cedar', 'delta', 'ember', 'fjord', 'grove', 'harbor', 'iris', 'juniper'];

/** A small deterministic generator, so a seeded table looks the same for the same counter. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export function quote(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return String(value);
  return `'${value.replaceAll("'", "''")}'`;
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function timestamp(random: () => number): string {
  const d = new Date(Date.UTC(2025, 8, 30) - Math.floor(random() * 30 * 86400_000));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}000`;
}

function maxLength(type: string): number | undefined {
  const m = /\(\s*(\d+)\s*\)/.exec(type);
  return m ? Number(m[1]) : undefined;
}

function value(col: Column, i: number, random: () => number, unique: boolean): SqlValue {
  const type = col.type.toUpperCase();
  const name = col.name.toLowerCase();
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  if (/BOOL/.test(type)) return random() < 0.5 ? 0 : 1;
  if (/DATETIME|TIMESTAMP/.test(type) || /_at$|_time$/.test(name)) return timestamp(random);
  if (/^DATE/.test(type)) return timestamp(random).slice(0, 10);
  if (/^TIME/.test(type)) return timestamp(random).slice(11, 19);
  if (/INT/.test(type)) {
    if (unique) return 1000 + i;
    if (/count|qty|quantity|number/.test(name)) return 1 + Math.floor(random() * 20);
    if (/age/.test(name)) return 18 + Math.floor(random() * 60);
    return 1 + Math.floor(random() * 1000);
  }
  if (/REAL|FLOA|DOUB|NUMERIC|DECIMAL/.test(type)) return Math.round(random() * 100000) / 100;
  if (/BLOB|BINARY/.test(type)) return null;
  let text: string;
  if (/ip/.test(name)) text = `${10 + Math.floor(random() * 200)}.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}.${1 + Math.floor(random() * 254)}`;
  else if (/agent/.test(name)) text = pick(AGENTS);
  else if (/mail/.test(name)) text = `user${i + 1}@example.com`;
  else if (/name/.test(name)) text = pick(NAMES);
  else if (/url|link/.test(name)) text = `https://example.com/${pick(WORDS)}/${i + 1}`;
  else if (/phone/.test(name)) text = `+86 138 ${pad(Math.floor(random() * 10000), 4)} ${pad(Math.floor(random() * 10000), 4)}`;
  else text = `${pick(WORDS)}-${i + 1}`;
  if (unique && !text.includes(String(i + 1))) text = `${text}-${i + 1}`;
  const max = maxLength(type);
  return max ? text.slice(0, max) : text;
}

/**
 * An INSERT of `count` rows into `table`. `fkValues` maps a column to values it may take (from the
 * referenced table); `salt` varies the values between calls.
 */
export function seedStatement(table: Table, count: number, fkValues: Map<string, SqlValue[]>, salt: number): string {
  const random = rng(salt * 7919 + table.name.length);
  const pks = table.columns.filter((col) => col.pk > 0);
  const autoKey = pks.length === 1 && /INT/i.test(pks[0].type);
  const uniqueCols = new Set(table.indexes.filter((i) => i.unique && i.columns.length === 1).map((i) => i.columns[0]));
  for (const pk of pks) if (!autoKey) uniqueCols.add(pk.name);
  const columns = table.columns.filter((col) => !(autoKey && col.pk > 0));
  if (columns.length === 0) return `INSERT INTO ${quoteIdent(table.name)} DEFAULT VALUES`;
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = salt * 1000 + i;
    const values = columns.map((col) => {
      const choices = fkValues.get(col.name);
      if (choices && choices.length) return quote(choices[Math.floor(random() * choices.length)]);
      return quote(value(col, n, random, uniqueCols.has(col.name)));
    });
    rows.push(`(${values.join(', ')})`);
  }
  return `INSERT INTO ${quoteIdent(table.name)} (${columns.map((c) => quoteIdent(c.name)).join(', ')}) VALUES\n${rows.join(',\n')}`;
}
