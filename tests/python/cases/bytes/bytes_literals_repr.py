# bytes literals and their repr: printable ASCII as is, the rest as escapes.
samples = [b"", b"abc", b"it's", b'say "hi"', b"both ' \"", b"\x00\x01\x7f\x80\xff", b"\n\r\t", b"\\",
           rb"\d+", b"\x41\x42", bytes([72, 105]), bytes(3), bytes(range(250, 256))]
for b in samples:
    print(repr(b), len(b))
print(b"abc"[0], b"abc"[-1], b"abc"[0:1], b"abc"[::-1], type(b"abc"[0]).__name__)
print(list(b"hi"), bytes([104, 105]) == b"hi", b"a" + b"b", b"ab" * 3)
print(b"abc" == "abc", b"abc" == b"abc", b"a" < b"b", b"" < b"\x00")
print(str(b"x"), bytes("é", "utf-8"), bytes.fromhex("de ad be ef"), b"\xde\xad".hex())
print(b"hello".hex(":"), b"hello".hex("-", 2))
