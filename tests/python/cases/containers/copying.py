# Copies: slicing, list(), copy() are shallow; nested containers stay shared.
orig = {"ids": [1, 2], "name": "t"}
shallow = orig.copy()
shallow["ids"].append(3)
shallow["name"] = "u"
print(orig, shallow)
rebuilt = {k: (list(v) if isinstance(v, list) else v) for k, v in orig.items()}
rebuilt["ids"].append(4)
print(orig["ids"], rebuilt["ids"])
xs = [[1], [2]]
for ys in (xs[:], list(xs), xs.copy(), [*xs]):
    print(ys == xs, ys is xs, ys[0] is xs[0])
import copy
deep = copy.deepcopy(xs)
deep[0].append(9)
print(xs, deep, copy.copy(xs)[1] is xs[1])
s = {1, 2}
t = set(s)
t.add(3)
print(sorted(s), sorted(t))
