# Methods and attributes of int and float values.
n = 1000
print(n.bit_length(), n.to_bytes(2, "big"), n.to_bytes(4, "little"))
print(int.from_bytes(b"\x03\xe8", "big"), int.from_bytes(b"\xe8\x03", "little"))
print(int.from_bytes(b"\xff", "big", signed=True), (-1).to_bytes(2, "big", signed=True))
print((5).real, (5).imag, (5).numerator, (5).denominator)
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (10).as_integer_ratio())
print((2.0).is_integer(), (2.5).is_integer())
print((255).__index__(), abs(-7).conjugate())
print(float.fromhex("0x1.8p1"), (3.0).hex())
print(int.__name__, float.__name__, type(n) is int)
print((17).__divmod__(5), (17).__mod__(5), (3).__pow__(2))
