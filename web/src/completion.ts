// Tab completion for the console: commands, `flask db` verbs and their options, revision ids.
// Pure: it gets the text before the cursor and the revisions, and returns the candidates for the
// word being typed.

export const VERBS = [
  'branches', 'check', 'current', 'downgrade', 'edit', 'heads', 'history', 'init', 'list-templates', 'merge',
  'migrate', 'revision', 'show', 'stamp', 'upgrade',
] as const;

const OPTIONS: Record<string, string[]> = {
  upgrade: ['--sql', '--tag', '-x'],
  downgrade: ['--sql', '--tag', '-x'],
  migrate: ['-m', '--message', '--sql', '--head', '--splice', '--branch-label', '--version-path', '--rev-id', '-x'],
  revision: ['-m', '--message', '--autogenerate', '--sql', '--head', '--splice', '--branch-label', '--version-path', '--rev-id', '--depends-on'],
  merge: ['-m', '--message', '--branch-label', '--rev-id'],
  history: ['-r', '--rev-range', '-v', '--verbose', '-i', '--indicate-current'],
  current: ['-v', '--verbose'],
  heads: ['-v', '--verbose', '--resolve-dependencies'],
  branches: ['-v', '--verbose'],
  show: [],
  stamp: ['--sql', '--tag', '--purge'],
  init: ['--multidb', '--package'],
  check: [],
  edit: [],
  'list-templates': [],
};

/** Verbs whose positional arguments are revisions. */
const TAKES_REVISION = new Set(['upgrade', 'downgrade', 'stamp', 'show', 'merge', 'edit']);
const REVISION_OPTIONS = new Set(['--head', '--depends-on', '-r', '--rev-range']);

const COMMANDS = ['flask', 'uv', 'set', 'export', 'rm', 'sqlite3', 'ls', 'cat', 'clear'];

export interface Completion {
  /** Where the word being completed starts in the text before the cursor. */
  from: number;
  candidates: string[];
}

export function complete(before: string, revisions: string[]): Completion {
  const from = before.search(/\S*$/);
  const word = before.slice(from);
  const words = before.slice(0, from).trim().split(/\s+/).filter(Boolean);
  if (words[0] === 'uv' && words[1] === 'run') words.splice(0, 2);
  else if (words[0] === 'uv' && words.length === 1) return result(from, word, ['run']);
  let options: string[] = [];
  if (words.length === 0) options = COMMANDS;
  else if (words[0] === 'flask' && words.length === 1) options = ['db'];
  else if (words[0] === 'flask' && words[1] === 'db') {
    if (words.length === 2) options = [...VERBS];
    else {
      const verb = words[2];
      const previous = words[words.length - 1];
      const revs = [...revisions, 'head', 'heads', 'base'];
      if (word.startsWith('-')) options = OPTIONS[verb] ?? [];
      else if (REVISION_OPTIONS.has(previous)) options = revs;
      else if (TAKES_REVISION.has(verb)) options = word.includes(':') ? revs.map((r) => `${word.slice(0, word.lastIndexOf(':') + 1)}${r}`) : revs;
    }
  } else if ((words[0] === 'set' || words[0] === 'export') && words.length === 1) options = ['FLASK_APP=main.py'];
  else if ((words[0] === 'rm' || words[0] === 'sqlite3') && words.length === 1) options = ['app.db'];
  else if (words[0] === 'sqlite3' && words.length === 2) options = ['.schema', '.tables'];
  return result(from, word, options);
}

function result(from: number, word: string, options: string[]): Completion {
  return { from, candidates: [...new Set(options.filter((option) => option.startsWith(word)))] };
}

/** The longest prefix all candidates share. */
export function commonPrefix(words: string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0];
  for (const word of words.slice(1)) {
    let i = 0;
    while (i < prefix.length && i < word.length && prefix[i] === word[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}
