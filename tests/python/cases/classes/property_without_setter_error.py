# Assigning to a read-only property raises AttributeError (3.11 names the property).
class Table:
    def __init__(self, name):
        self._name = name
    @property
    def name(self):
        return self._name
t = Table("users")
print(t.name)
t.name = "accounts"
