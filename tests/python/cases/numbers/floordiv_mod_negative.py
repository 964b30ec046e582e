# // and % round toward negative infinity; the sign of % follows the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, -3), (-1, 3), (6, -3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, 7.5 % 2)
print(-7.5 // 2, -7.5 % 2)
print(7.5 // -2, 7.5 % -2)
print(-0.5 // 1, -0.5 % 1)
print(5 % 0.75, -5 % 0.75)
print(-13 // 4 * 4 + -13 % 4)
print(-(2 ** 70) // 3, -(2 ** 70) % 3)
print((2 ** 70) // -3, (2 ** 70) % -3)
print(int(-7 / 2), -7 // 2)
