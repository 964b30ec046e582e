# getattr with and without a default, setattr, hasattr and delattr on objects and modules.
import json
class Settings:
    debug = False
s = Settings()
print(getattr(s, "debug"), getattr(s, "missing", "fallback"), hasattr(s, "debug"), hasattr(s, "nope"))
setattr(s, "debug", True)
setattr(s, "new_attr", [1])
print(s.debug, s.new_attr, Settings.debug)
delattr(s, "new_attr")
print(hasattr(s, "new_attr"))
print(getattr(json, "dumps")([1]), hasattr(json, "loads"), hasattr(json, "nothing"))
print(getattr("abc", "upper")(), getattr([1, 2], "__len__")())
for name in ("upper", "lower", "title"):
    print(getattr("mIxEd", name)())
try:
    getattr(s, "missing")
except AttributeError as e:
    print("AttributeError:", e)
