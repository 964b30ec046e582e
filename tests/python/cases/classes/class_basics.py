# A class with __init__, methods, instance attributes, and the repr of the class itself.
class Table:
    """A table in a schema."""
    kind = "table"
    def __init__(self, name, columns=None):
        self.name = name
        self.columns = list(columns or [])
    def add(self, column):
        self.columns.append(column)
        return self
    def describe(self):
        return f"{self.kind} {self.name}({', '.join(self.columns)})"
t = Table("users", ["id"])
t.add("name").add("email")
print(t.describe())
print(Table.__name__, Table.__doc__, Table, type(t), type(t) is Table)
print(t.name, t.columns, t.kind, Table.kind)
print(vars(t), sorted(t.__dict__))
print(Table.describe(t) == t.describe(), isinstance(t, Table), isinstance(t, object))
t.extra = 42
print(t.extra, hasattr(t, "extra"), hasattr(t, "missing"), getattr(t, "missing", "dflt"))
print(type(t).__name__, t.__class__.__name__, Table.__qualname__, Table.__module__)
