# Changing a set's size while iterating it raises RuntimeError.
s = {1, 2, 3}
for x in s:
    if x == 1:
        s.add(100)
