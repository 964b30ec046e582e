"""Text wrapping and filling, as the textwrap module has them.

Here: TextWrapper (width, initial_indent, subsequent_indent, expand_tabs, tabsize,
replace_whitespace, fix_sentence_endings, break_long_words, break_on_hyphens, drop_whitespace,
max_lines, placeholder), wrap, fill, shorten, dedent, indent.
The chunking of words (whitespace, hyphenated words, em-dashes) follows Python's regular
expression by hand, so lines break where Python breaks them.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return _is_word(c) and not c.isdigit()


def _is_word_punct(c):
    return _is_word(c) or c in "!\"'&.,?"


def _is_ws(c):
    return c in _whitespace


def _dash_run_then_word(text, k):
    """True when text[k:] starts with two or more '-' followed by a word character."""
    j = k
    while j < len(text) and text[j] == "-":
        j += 1
    return j - k >= 2 and j < len(text) and _is_word(text[j])


def _split_hyphenated(text):
    """Splits text into chunks as Python's wordsep_re does."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if _is_ws(c):
            j = i
            while j < n and _is_ws(text[j]):
                j += 1
        elif c == "-" and i > 0 and _is_word_punct(text[i - 1]) and _dash_run_then_word(text, i):
            j = i
            while text[j] == "-":
                j += 1
        else:
            j = _word_end(text, i)
        chunks.append(text[i:j])
        i = j
    return chunks


def _word_end(text, i):
    """Where the word chunk that starts at i ends: after a breakable hyphen, before whitespace, or
    before an em-dash."""
    n = len(text)
    k = i + 1
    while True:
        # a hyphen at k ends a chunk when letters surround it (L L - L or L - L - L)
        if k < n and text[k] == "-":
            before2 = k >= 2 and _is_letter(text[k - 2]) and _is_letter(text[k - 1])
            before3 = (k >= 3 and _is_letter(text[k - 3]) and text[k - 2] == "-" and _is_letter(text[k - 1]))
            if before2 or before3:
                m = k + 1
                if m < n and _is_letter(text[m]):
                    if m + 1 < n and _is_letter(text[m + 1]):
                        return k + 1
                    if m + 2 < n and text[m + 1] == "-" and _is_letter(text[m + 2]):
                        return k + 1
        if k >= n or _is_ws(text[k]):
            return k
        if _is_word_punct(text[k - 1]) and _dash_run_then_word(text, k):
            return k
        k += 1


class TextWrapper:
    """Wraps paragraphs: wrap() gives the lines, fill() one string."""

    sentence_end_chars = ".!?"

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in _whitespace:
                if c != " ":
                    text = text.replace(c, " ")
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            return [c for c in _split_hyphenated(text) if c]
        chunks = []
        i = 0
        while i < len(text):
            j = i
            ws = _is_ws(text[i])
            while j < len(text) and _is_ws(text[j]) == ws:
                j += 1
            chunks.append(text[i:j])
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            chunk = chunks[i]
            if chunks[i + 1] == " " and self._ends_sentence(chunk):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    @staticmethod
    def _ends_sentence(chunk):
        # [a-z][.!?]["']? at the end of the chunk
        if chunk[-1:] in ("\"", "'"):
            chunk = chunk[:-1]
        return len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z"

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                last_fits = (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                if self.max_lines is None or len(lines) + 1 < self.max_lines or (last_fits and cur_len <= width):
                    lines.append(indent + "".join(cur_line))
                else:
                    self._end_with_placeholder(lines, cur_line, cur_len, indent, width)
                    break
        return lines

    def _end_with_placeholder(self, lines, cur_line, cur_len, indent, width):
        while cur_line:
            if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                cur_line.append(self.placeholder)
                lines.append(indent + "".join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            del cur_line[-1]
        if lines:
            prev_line = lines[-1].rstrip()
            if len(prev_line) + len(self.placeholder) <= self.width:
                lines[-1] = prev_line + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of text wrapped to width, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped lines of text joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The lines of text wrapped to width (see TextWrapper for the options)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """text wrapped to width, as one string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its whitespace collapsed, cut at a word to fit width with a placeholder."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Removes the indentation that every non-blank line has in common.

    Lines of spaces and tabs only become empty; tabs and spaces do not count as equal."""
    lines = text.split("\n")
    lines = ["" if line and line.strip(" \t") == "" else line for line in lines]
    margin = None
    for line in lines:
        if not line:
            continue
        indent = line[:len(line) - len(line.lstrip(" \t"))]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines of text for which predicate is true (by default: not blank)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line for line in text.splitlines(True))
