# isinstance and issubclass with tuples, builtins, bool/int, and user classes.
class Base: pass
class Child(Base): pass
class Other: pass
c = Child()
print(isinstance(c, Child), isinstance(c, Base), isinstance(c, Other), isinstance(c, (Other, Base)))
print(issubclass(Child, Base), issubclass(Base, Child), issubclass(Child, (Other, Child)), issubclass(Child, Child))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (int, float)), isinstance(1.0, int))
print(isinstance("s", str), isinstance(b"b", bytes), isinstance([], list), isinstance((), tuple))
print(isinstance({}, dict), isinstance(set(), set), isinstance(frozenset(), set), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(Child, type), isinstance(c, type), type(Child).__name__)
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), issubclass(KeyError, LookupError))
for v in [1, "a", 2.0, [1], None, True]:
    kind = ("number" if isinstance(v, (int, float)) and not isinstance(v, bool) else
            "text" if isinstance(v, str) else "other")
    print(repr(v), kind)
