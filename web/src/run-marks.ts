// The places a command's errors point at, for the editor's inline markers. The core names the place
// of an error in a project file in its output: `Error: app/models.py:12:23: ...` (a model it cannot
// read), `... failed at migrations/versions/x.py:22:9: ...` (a revision's step that failed). Each
// becomes a mark at that line:col, with the error's text (and the `[SQL: ...]` line under it), and
// the hints of the run (core/command/hints.cpp) under it, since they are about that error.
// Pure: no DOM, so tests/web can load it.

export interface RunMark {
  file: string;
  line: number;
  column?: number;
  message: string;
}

// A project path (folders and a .py file, no `<revlab>/` library path), :line, :col optional, then
// `: ` and the message. The path starts the line or follows a space.
const PLACE = /(?:^|\s)((?:[\w.-]+\/)*[\w.-]+\.py):(\d+)(?::(\d+))?: (.+)$/;

/**
 * The marks of one run's output. `known` tells whether a path is a file of the project (a mark for
 * any other path would have nowhere to go); `hints` are the run's hint texts, already translated.
 */
export function runMarks(output: readonly string[], known: (path: string) => boolean, hints: readonly string[] = []): RunMark[] {
  const marks: RunMark[] = [];
  output.forEach((text, i) => {
    const found = PLACE.exec(text);
    if (!found || !known(found[1])) return;
    const lines = [found[4]];
    for (let next = i + 1; next < output.length && /^\[SQL: /.test(output[next]); next++) lines.push(output[next]);
    const column = found[3] === undefined ? undefined : Number(found[3]);
    if (marks.some((m) => m.file === found[1] && m.line === Number(found[2]) && m.column === column)) return;
    marks.push({ file: found[1], line: Number(found[2]), column, message: lines.join('\n') });
  });
  if (marks.length && hints.length) marks[0].message += `\n\n${hints.join('\n')}`;
  return marks;
}
