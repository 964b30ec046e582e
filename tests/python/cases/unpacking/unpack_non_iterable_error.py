# Unpacking an int raises TypeError.
pair = (1, 2)
a, b = pair
print(a, b)
a, b = 5
