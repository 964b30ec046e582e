# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, combined, and inline (?i).
import re
text = "First line\nsecond LINE\nThird"
print(re.findall(r"line", text), re.findall(r"line", text, re.IGNORECASE), re.findall(r"line", text, re.I))
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.MULTILINE), re.findall(r"\w+$", text, re.M))
print(re.search(r"First.*Third", text), re.search(r"First.*Third", text, re.DOTALL).span())
print(re.findall(r"(?i)^s\w+", text, re.M), re.search(r"(?s)line.second", text).group())
verbose = re.compile(r"""
    ^(?P<rev>[0-9a-f]+)   # revision id
    \s*->\s*              # arrow
    (?P<down>[0-9a-f]+)$  # down revision
""", re.VERBOSE)
print(verbose.match("abc123 -> def456").groupdict())
print(re.findall(r"^[a-z]+$", "Abc\ndef\nGHI", re.I | re.M))
print(re.I == re.IGNORECASE, int(re.I), int(re.M), int(re.S), int(re.X), re.I | re.M)
print(re.compile(r"a", re.I).flags & re.I != 0)
