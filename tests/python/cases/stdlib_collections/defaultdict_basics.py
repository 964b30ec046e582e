# defaultdict with list, int, set and lambda factories; repr; missing keys get created.
from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], "z" in groups, len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts["q"], counts.get("w"), "w" in counts)
seen = defaultdict(set)
seen["a"].add(1)
seen["a"].add(1)
print({k: sorted(v) for k, v in seen.items()})
nested = defaultdict(lambda: defaultdict(int))
nested["users"]["rows"] += 5
print(nested["users"]["rows"], dict(nested["users"]))
plain = defaultdict(None, {"k": 1})
print(plain, plain.default_factory)
print(defaultdict(int, {"x": 1}) == {"x": 1}, type(groups.copy()).__name__)
