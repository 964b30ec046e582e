# repr() of floats: the shortest string that reads back as the same float.
values = [0.1, 0.2, 0.1 + 0.2, 1.0, 1.5, 2.675, 1e16, 1e15, 123456789.0, 1e-5, 0.0001,
          1e22, 1e-7, 3.14159, -0.0, 0.0, 100.0, 1/3, 2/3, 10/3, 5e-324, 1.7976931348623157e308,
          123.456, 0.30000000000000004, 1e100, 12345678901234567890.0, 0.5, 0.25, 1e-4]
for v in values:
    print(repr(v), str(v))
print(float(10 ** 15), float(10 ** 16), float(10 ** 17))
print(1.0 * 3, 2.5 * 4, 7 / 7)
print(repr(1e300 * 1e10), repr(-1e300 * 1e10))
print(0.1 * 3, 0.1 * 3 == 0.3)
print(round(0.1 * 3, 10) == 0.3)
print([1.0, 2.5, -0.5])
print((0.1, 1e-10))
