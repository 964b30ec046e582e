# __eq__ and __hash__: equal objects as dict keys and set members; __eq__ alone makes unhashable.
class Key:
    def __init__(self, table, column):
        self.table, self.column = table, column
    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return (self.table, self.column) == (other.table, other.column)
    def __hash__(self):
        return hash((self.table, self.column))
    def __repr__(self):
        return f"Key({self.table}.{self.column})"
a, b = Key("users", "id"), Key("users", "id")
print(a == b, a is b, a != b, a == "users.id", hash(a) == hash(b))
print(len({a, b}), {a: 1}[b])
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print(EqOnly(1) == EqOnly(1), EqOnly.__hash__ is None)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), hash(p) == hash(p))
print(Key("t", "c") in [Key("t", "c")], [Key("t", "c")].count(Key("t", "c")))
