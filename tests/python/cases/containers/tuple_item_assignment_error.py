# Tuples do not support item assignment.
point = (1, 2)
x, y = point
print(x + y)
point[0] = 5
