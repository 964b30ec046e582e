# groupby groups consecutive equal keys: sort first to group all of them.
from itertools import groupby
data = ["apple", "avocado", "banana", "blueberry", "apricot", "cherry"]
print([(k, list(g)) for k, g in groupby(data, key=lambda w: w[0])])
print([(k, list(g)) for k, g in groupby(sorted(data), key=lambda w: w[0])])
print([(k, len(list(g))) for k, g in groupby("aaabccaa")])
rows = [("users", "id"), ("users", "name"), ("posts", "id"), ("posts", "title"), ("posts", "body")]
for table, cols in groupby(rows, key=lambda r: r[0]):
    print(table, [c for _, c in cols])
print(["".join(g) for _, g in groupby("1122213")])
runs = [(k, sum(1 for _ in g)) for k, g in groupby([1, 1, 0, 0, 0, 1])]
print(runs, max(runs, key=lambda kv: kv[1]))
