# getattr/setattr/hasattr/delattr with computed names; __getattr__ as a fallback.
class Row:
    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)
r = Row(id=1, name="Ann")
print(getattr(r, "id"), getattr(r, "name"), getattr(r, "age", None), hasattr(r, "name"))
for field in ["id", "name"]:
    setattr(r, field, str(getattr(r, field)) + "!")
print(r.id, r.name)
delattr(r, "name")
print(hasattr(r, "name"), sorted(vars(r)))
class Lenient:
    known = "class attr"
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(f"no {name}")
obj = Lenient()
print(obj.known, obj.get_users(), hasattr(obj, "get_x"), hasattr(obj, "other"))
try:
    obj.other
except AttributeError as e:
    print("AttributeError:", e)
method = getattr("text", "upper")
print(method(), getattr([], "append").__name__)
