# textwrap's chunking: hyphenated words, em-dashes, long words, sentence endings, max_lines.
import textwrap
samples = ["a--b c -- d e---f  well-known self-evident x-y-z", "co-operate re-elect anti--war 123-456 ab-cd-ef",
           "supercalifragilistic-expialidocious-word-here", "The quick brown fox. Jumped over! The lazy dog? Yes."]
for s in samples:
    for w in (5, 9, 14):
        print(w, textwrap.wrap(s, width=w))
    print(textwrap.wrap(s, width=12, break_on_hyphens=False))
print(textwrap.fill(samples[3], width=20, fix_sentence_endings=True))
print(textwrap.wrap(samples[0], width=12, max_lines=2), textwrap.wrap(samples[0], width=12, max_lines=2, placeholder="~"))
print(textwrap.TextWrapper(width=10, drop_whitespace=False).wrap("  a b   c  d  "))
print(textwrap.wrap("tab\there and\tthere", width=10, tabsize=4), textwrap.wrap("x\ty", expand_tabs=False, width=5))
print(repr(textwrap.dedent("\n    a\n   \n    b\n")), repr(textwrap.indent("a\r\nb\n", "> ")))
