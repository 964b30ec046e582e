# Non-ASCII text: length in code points, ord/chr, encoding to UTF-8 and back.
s = "Grüße, 世界! 😀"
print(s, len(s), repr(s))
print([ord(c) for c in "aé中😀"])
print(chr(233), chr(0x4e2d), chr(0x1F600), repr(chr(0)), repr(chr(127)))
b = s.encode("utf-8")
print(len(b), b)
print(b.decode("utf-8") == s)
print(s.upper(), s.lower(), s[::-1])
print("é" == "e\u0301", len("e\u0301"), "\u00e9" == "é")
print(sorted(["zebra", "Äpfel", "apple", "éclair", "Zoo"]))
print("café".encode("latin-1"), "café".encode("ascii", "replace"), "café".encode("ascii", "ignore"))
print("naïve".encode("ascii", "xmlcharrefreplace"), "naïve".encode("ascii", "backslashreplace"))
print(max("abcé"), min("Zab"))
