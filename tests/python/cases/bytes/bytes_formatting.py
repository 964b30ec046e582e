# %-formatting on bytes, and bytes in f-strings (their repr).
print(b"%s-%d" % (b"id", 42), b"%05.1f" % 3.14159, b"%x" % 255, b"%c" % 65, b"%%" % ())
print(b"%(k)s" % {b"k": b"v"})
blob = b"\x00\x01"
print(f"{blob}", f"{blob!r}", "{}".format(blob), str(blob), "%s" % blob)
print(f"{blob.hex()}", f"0x{blob.hex().upper()}")
