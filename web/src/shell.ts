// Words for the console's command lines, quoted as a POSIX shell (and the core's console,
// core/command/dispatch.cpp: split_command_line) reads them back: a revision id with a space or a
// quote in it stays one word, exactly as it is.

/** Characters that never need quoting. */
const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** A word as typed: bare when it can be, else in single quotes (a ' inside becomes '\''). */
export function shellWord(text: string): string {
  if (PLAIN.test(text)) return text;
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** Free text (a `-m` message) in double quotes, with ", \ and $ escaped (the core's rules). */
export function shellQuote(text: string): string {
  return `"${text.replace(/(["\\$])/g, '\\$1')}"`;
}
