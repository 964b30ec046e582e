# Smaller builtins: chr, ord, bin, oct, hex, callable, isinstance of builtins, repr and ascii.
print(chr(97), ord("a"), chr(0x263A), ord("€"), [ord(c) for c in "AZ"], "".join(chr(i) for i in range(65, 70)))
print(bin(10), oct(10), hex(10), bin(-3), int(bin(10), 2), int(hex(255), 16))
print(callable(len), callable("x"), callable(str), callable(lambda: 0), callable(None))
print(repr("é"), ascii("é"), ascii(["ü", 1]), repr(1.0), ascii(b"\xff"))
print(isinstance(len, object), type(len).__name__, type(max).__name__)
