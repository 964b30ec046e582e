# __len__, __getitem__, __contains__, __iter__ and __bool__ on a class wrapping a list.
class Columns:
    def __init__(self, names):
        self._names = list(names)
    def __len__(self):
        return len(self._names)
    def __getitem__(self, index):
        if isinstance(index, str):
            return self._names.index(index)
        return self._names[index]
    def __contains__(self, name):
        return name.lower() in (n.lower() for n in self._names)
    def __iter__(self):
        return iter(self._names)
cols = Columns(["id", "Name", "email"])
print(len(cols), cols[0], cols[-1], cols[1:], cols["email"])
print("name" in cols, "NAME" in cols, "age" in cols, "age" not in cols)
print(list(cols), sorted(cols), [c.upper() for c in cols], ",".join(cols))
print(bool(cols), bool(Columns([])))
for i, c in enumerate(cols):
    print(i, c)
a, b, c = cols
print(a, b, c, max(cols), "email" in list(cols))
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 5 in Squares())
class Truthy:
    def __bool__(self):
        return False
print(bool(Truthy()), "yes" if Truthy() else "no")
