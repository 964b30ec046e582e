# Unpacking three values into two names raises ValueError.
x, y = 1, 2
print(x, y)
x, y = 1, 2, 3
