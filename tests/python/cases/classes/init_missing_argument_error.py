# Constructing without a required __init__ argument raises TypeError with the qualified name.
class Column:
    def __init__(self, name, type_):
        self.name, self.type_ = name, type_
print(Column("id", "int").name)
Column("id")
