# A Counter answers 0 for missing keys, where a dict raises KeyError.
from collections import Counter
c = Counter({"a": 2})
print(c["b"], "b" in c, c)
d = dict(c)
try:
    d["b"]
except KeyError as e:
    print("dict KeyError:", e)
del c["a"]
del c["never-there"]
print(c, len(c))
