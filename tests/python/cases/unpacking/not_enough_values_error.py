# Unpacking two values into three names raises ValueError.
a, b, c = "abc"
print(a, b, c)
a, b, c = [1, 2]
