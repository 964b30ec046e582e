# Comprehensions calling functions and methods, with walrus and conditional expressions.
def normalize(name):
    return name.strip().lower().replace(" ", "_")
raw = ["  User Name", "Email ", "created At"]
print([normalize(n) for n in raw])
print({normalize(n): i for i, n in enumerate(raw)})
values = ["1", "x", "22", "", "3"]
print([int(v) for v in values if v.isdigit()])
print([len(s) if s else None for s in values])
print([w for w in ("alpha", "beta", "gamma") if (n := len(w)) > 4], n)
print(sorted((normalize(n) for n in raw), key=len))
