# Integer arithmetic: the operators on small ints and their results' types.
a, b = 17, 5
print(a + b, a - b, a * b)
print(a / b, type(a / b).__name__)
print(a // b, a % b, a ** b)
print(-a, +a, abs(-a))
print(b - a, (b - a) * 3)
print(10 / 2, type(10 / 2).__name__)
print(7 // 1, 0 // 5, 0 % 5)
print(2 ** 0, 0 ** 0, 1 ** 100)
print(2 ** -1, 2 ** -2, type(2 ** -1).__name__)
print(100 - 1 * 3 + 4 // 3)
print((100 - 1) * (3 + 4) // 3)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2)
x = 10
x += 5
x -= 3
x *= 4
x //= 5
x **= 2
x %= 7
print(x)
