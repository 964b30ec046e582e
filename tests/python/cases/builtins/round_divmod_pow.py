# round, divmod and pow as builtins with their argument forms.
print(round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(2.5, 0), round(12345, -2))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(2 ** 65, 10))
print(pow(2, 8), pow(2, -2), pow(2, 8, 5), pow(7, -1, 11), pow(2.0, 3))
print(round(1.23456789, 5), round(-0.5), round(0.5), round(1.5), type(round(1.5)).__name__)
