# bytes methods know ASCII only (whitespace, case, lines); the codecs' error handlers and messages.
b = b" \x85a\xa0b  c\x1c d "
print(b.split(), b.rsplit(None, 1), b.split(maxsplit=1), b.strip(), b.lstrip(), b.rstrip())
print(b"a\x1cb\rc\r\nd\n".splitlines(), b"a\rb\n".splitlines(True))
print(b"abcabc".find(98), b"abcabc".rfind(b"c", 0, 4), b"abcabc".count(b"bc"), b"x".center(4), b"Ab cD".swapcase())
print(b"hello world".title(), b"hELLO".capitalize(), b"\xe9t\xe9".upper(), b"abc".replace(b"b", b"XX", 1))
print(b"a-b-c".rsplit(b"-", 1), b"a-b-c".rpartition(b"-"), b"  ".isspace(), b"".isalpha(), b"A1".isupper(), b"\x80".isascii())
print(b"abc".removeprefix(b"a"), b"a\tb".expandtabs(4), b"xxabcxx".strip(b"x"))
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError", e)
try:
    b"abc".split("b")
except TypeError as e:
    print("TypeError", e)
print("é€".encode("utf-16"), "é€".encode("utf-32-be"), b"\xff\xfe\xe9\x00".decode("utf-16"), "a😀".encode("utf-16-be").decode("utf-16-be"))
for data, enc in [(b"\xe2\x82", "utf-8"), (b"\xe2\x82x", "utf-8"), (b"\xed\xa0\x80", "utf-8"), (b"\x80abc", "ascii"), (b"a\x00b", "utf-16-le")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e, e.start, e.end, repr(e.reason))
    print(repr(data.decode(enc, "replace")), repr(data.decode(enc, "backslashreplace")), repr(data.decode(enc, "ignore")))
try:
    "中😀x".encode("latin-1")
except UnicodeEncodeError as e:
    print(e, e.start, e.end, e.object, e.encoding)
try:
    "x".encode("nope")
except LookupError as e:
    print("LookupError", e)
print(str(b"caf\xc3\xa9", "utf-8"), bytes("é", "latin-1"))
