# @property getters, setters and deleters, and computed read-only properties.
class Column:
    def __init__(self, name):
        self._name = None
        self.name = name
    @property
    def name(self):
        return self._name
    @name.setter
    def name(self, value):
        if not value.isidentifier():
            raise ValueError(f"bad column name {value!r}")
        self._name = value.lower()
    @name.deleter
    def name(self):
        print("deleting", self._name)
        self._name = None
    @property
    def quoted(self):
        return f'"{self._name}"'
c = Column("Email")
print(c.name, c.quoted)
c.name = "User_ID"
print(c.name, c._name)
try:
    c.name = "bad name"
except ValueError as e:
    print("ValueError:", e)
del c.name
print(c.name)
print(type(Column.name).__name__, Column.quoted.fget(c))
try:
    c.quoted = "x"
except AttributeError as e:
    print("AttributeError:", e)
