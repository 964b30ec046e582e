# round(): halves go to the even neighbour; ndigits works on the float's exact value.
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.4, 4.6, -4.6):
    print(v, round(v), type(round(v)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), type(round(3.14159, 0)).__name__)
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(7), round(7, 2), round(-7, -1), round(15, -1), round(25, -1))
print(round(123456789, -3))
print(round(1e16), round(2.5e-5, 5))
print(round(0.1 + 0.2, 2), round(10 / 3, 4))
print(round(True), round(-0.0), round(0.0001, 3))
