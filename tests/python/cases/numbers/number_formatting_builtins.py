# hex/oct/bin, and format() of ints and floats with common specs.
for n in (0, 7, 255, -255, 4096):
    print(n, hex(n), oct(n), bin(n), format(n, "x"), format(n, "#o"), format(n, "08b"))
print(format(1234567, ","), format(1234567, "_"), format(1234567.891, ",.2f"))
print(format(3.14159, ".2f"), format(3.14159, "10.3f"), format(-3.14159, "+.1f"))
print(format(0.000123, "e"), format(123456.0, ".3e"), format(1e-10, "g"), format(123456789.0, "g"))
print(format(0.25, "%"), format(0.3333, ".1%"))
print(format(42, "5d"), format(42, "<5d"), format(42, "^5d"), format(42, "*>6"))
print(format(-42, "05d"), format(42, "+d"), format(42, " d"), format(-42, "=+8d"))
print(format(1.0, "g"), format(100.0, "g"), format(1e20, "g"), format(1.5, ".0f"), format(2.5, ".0f"))
print(format(255, "X"), format(255, "#X"), format(10 ** 20, "x"))
print(format(5), format(5.0), format(1e16), format(0.1, ".20f"))
