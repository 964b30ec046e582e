# Inheritance: overriding, super() calls, attribute lookup through the base.
class Column:
    def __init__(self, name, type_="TEXT"):
        self.name = name
        self.type_ = type_
    def ddl(self):
        return f"{self.name} {self.type_}"
    def kind(self):
        return "column"
class PrimaryKey(Column):
    def __init__(self, name):
        super().__init__(name, "INTEGER")
    def ddl(self):
        return super().ddl() + " PRIMARY KEY"
class AutoPK(PrimaryKey):
    def ddl(self):
        return super().ddl() + " AUTOINCREMENT"
for c in (Column("email"), PrimaryKey("id"), AutoPK("rowid")):
    print(type(c).__name__, c.ddl(), c.kind(), isinstance(c, Column), isinstance(c, PrimaryKey))
print(issubclass(AutoPK, Column), issubclass(Column, AutoPK), issubclass(Column, object))
print(AutoPK.__bases__[0].__name__, [k.__name__ for k in AutoPK.__mro__])
class Explicit(Column):
    def ddl(self):
        return "explicit " + Column.ddl(self)
print(Explicit("x").ddl())
