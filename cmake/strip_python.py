"""Strips comments and docstrings from a Python module for embedding, keeping every token where it was.

usage: strip_python.py SOURCE_DIR OUT_DIR   (every .py under SOURCE_DIR, written under OUT_DIR)

The interpreter's tracebacks and errors name file:line:col, so every remaining token keeps its line
and column: a comment becomes nothing (trailing spaces go too), a docstring becomes a string of only
its newlines (a one-line docstring: ''), padded with spaces when code follows it on its last line.
Lines left blank stay, empty. A docstring stays a string statement, so a body that was only a
docstring still has one, and the value of __doc__ is the only thing that changes (nothing in the
embedded libraries shows a library object's __doc__ to a user).
"""
import io
import os
import sys
import tokenize

# Tokens after which a STRING at the start of a logical line begins a statement.
STATEMENT_START = {tokenize.NEWLINE, tokenize.NL, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING}


def docstrings(tokens):
    """The indexes of STRING tokens that are a whole statement directly after a def/class header or at
    the start of the module: the docstrings."""
    found = set()
    expect = True  # at the module's start, or just after a `def ...:` / `class ...:` header
    depth = 0
    header = False  # inside a def/class header, until its ':' at depth 0
    prev = tokenize.ENCODING
    for i, t in enumerate(tokens):
        if t.type in (tokenize.COMMENT, tokenize.NL):
            continue
        if t.type == tokenize.OP and t.string in '([{':
            depth += 1
        elif t.type == tokenize.OP and t.string in ')]}':
            depth -= 1
        if t.type == tokenize.NAME and t.string in ('def', 'class') and prev in STATEMENT_START | {tokenize.OP}:
            header = True
        if expect and t.type == tokenize.STRING and prev in STATEMENT_START:
            # a lone string: the next significant token ends the statement
            j = i + 1
            while tokens[j].type in (tokenize.COMMENT, tokenize.NL):
                j += 1
            if tokens[j].type in (tokenize.NEWLINE, tokenize.ENDMARKER):
                found.add(i)
        if t.type not in (tokenize.INDENT, tokenize.DEDENT, tokenize.NEWLINE, tokenize.ENCODING):
            expect = False
        if header and depth == 0 and t.type == tokenize.OP and t.string == ':':
            header = False
            expect = True  # the body's first statement (on the next line, or on this one)
        prev = t.type
    return found


def strip(text):
    tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    lines = text.splitlines(keepends=True)
    # Edits per line: (start col, end col, replacement), applied right to left.
    edits = {}
    doc = docstrings(tokens)
    for i, t in enumerate(tokens):
        (r0, c0), (r1, c1) = t.start, t.end
        if t.type == tokenize.COMMENT:
            edits.setdefault(r0, []).append((c0, c1, ''))
        elif i in doc:
            nl = r1 - r0
            nxt = tokens[i + 1]
            follows = nxt.start[0] == r1 and nxt.type not in (tokenize.NEWLINE, tokenize.COMMENT, tokenize.NL)
            if nl == 0:
                rep = "''"
                if follows:
                    rep = rep.ljust(c1 - c0)
                edits.setdefault(r0, []).append((c0, c1, rep))
            else:
                # first line: from the quote's start to the end; middle lines: emptied; last line: up to c1
                edits.setdefault(r0, []).append((c0, None, "'''"))
                for r in range(r0 + 1, r1):
                    edits.setdefault(r, []).append((0, None, ''))
                rep = "'''"
                if follows:
                    rep = rep.rjust(c1)
                edits.setdefault(r1, []).append((0, c1, rep))
    out = []
    for n, line in enumerate(lines, start=1):
        body = line.rstrip('\r\n')
        end = line[len(body):]
        for c0, c1, rep in sorted(edits.get(n, []), reverse=True, key=lambda e: e[0]):
            body = body[:c0] + rep + (body[c1:] if c1 is not None else '')
        if n in edits:
            body = body.rstrip()
        out.append(body + end)
    return ''.join(out)


def main():
    src_dir, out_dir = sys.argv[1], sys.argv[2]
    wanted = set()
    for root, dirs, files in os.walk(src_dir):
        dirs[:] = sorted(d for d in dirs if d != '__pycache__')
        for name in sorted(files):
            if not name.endswith('.py'):
                continue
            rel = os.path.relpath(os.path.join(root, name), src_dir)
            wanted.add(rel)
            with open(os.path.join(src_dir, rel), encoding='utf-8') as f:
                text = f.read()
            result = strip(text)
            # The same program: the same lines, and still valid Python.
            assert result.count('\n') == text.count('\n'), rel
            compile(result, rel, 'exec')
            dst = os.path.join(out_dir, rel)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            if not os.path.exists(dst) or open(dst, encoding='utf-8').read() != result:
                with open(dst, 'w', encoding='utf-8', newline='') as f:
                    f.write(result)
    # A module removed from the source goes from the copy too.
    for root, _, files in os.walk(out_dir):
        for name in files:
            rel = os.path.relpath(os.path.join(root, name), out_dir)
            if rel not in wanted:
                os.remove(os.path.join(root, name))


if __name__ == '__main__':
    main()
