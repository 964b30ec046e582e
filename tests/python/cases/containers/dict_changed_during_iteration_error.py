# Adding keys while iterating a dict raises RuntimeError.
d = {"a": 1, "b": 2}
for k in list(d):
    d[k + "2"] = 0
print(sorted(d))
for k in d:
    d[k + "3"] = 0
