# The common bytes methods, which mirror str's.
b = b"  Hello, World  "
print(b.strip(), b.lower(), b.upper(), b.strip().split(b", "), b.replace(b"l", b"L"))
print(b.find(b"World"), b.count(b"l"), b.index(b"H"), b.startswith(b"  H"), b.endswith(b"  "))
print(b",".join([b"a", b"b", b"c"]), b"a,b,,c".split(b","), b"x y  z".split())
print(b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"Ab".isupper(), b"ab".islower())
print(b"key=value".partition(b"="), b"a.b.c".rsplit(b".", 1), b"line\nnext\r\n".splitlines())
print(b"abc".center(7, b"*"), b"5".zfill(3), b"ab".ljust(4, b"."), b"hello".title())
print(b"hello"[1:4], b"abc" in b"xabcx", 97 in b"abc", b"d" not in b"abc")
print(b"\xe4\xb8\xad".decode(), bytes.fromhex("e4b8ad").decode("utf-8"))
print(sorted(b"cab"), max(b"abc"), bytes(sorted(b"cab")))
