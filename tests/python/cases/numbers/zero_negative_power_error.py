# 0 raised to a negative power raises ZeroDivisionError.
print(2 ** -1)
print(0 ** -1)
