# encode/decode with UTF-8, Latin-1, ASCII and the error handlers.
text = "Zürich 中 😀"
for enc in ("utf-8", "utf-16-le", "utf-32-be", "latin-1"):
    try:
        data = text.encode(enc)
        print(enc, len(data), data[:8])
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e)
print(text.encode("ascii", "ignore"), text.encode("ascii", "replace"))
print(text.encode("ascii", "backslashreplace"), text.encode("latin-1", "xmlcharrefreplace"))
raw = b"caf\xe9 \xff ok"
print(raw.decode("latin-1"), raw.decode("utf-8", "replace"), raw.decode("utf-8", "ignore"))
print(raw.decode("utf-8", "backslashreplace"), repr(raw.decode("ascii", "replace")))
try:
    raw.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
    print(e.encoding, e.start, e.end, e.reason, e.object[e.start:e.end])
print("é".encode() == b"\xc3\xa9", b"\xc3\xa9".decode() == "é", "abc".encode("utf-8").decode("ascii"))
print(len("😀".encode("utf-16-le")), "😀".encode("utf-8").hex())
