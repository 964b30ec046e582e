# e.args, str(e) and repr(e) for zero, one and several arguments; KeyError's str is a repr.
for exc in [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("key"), KeyError(),
            KeyError(("t", 1)), IndexError(3), Exception(None), RuntimeError(""), OSError(2, "No such file")]:
    print(repr(exc), "|", str(exc), "|", exc.args)
try:
    {}["missing"]
except KeyError as e:
    print(str(e), repr(e), e.args, e.args[0])
try:
    int("x")
except ValueError as e:
    print(e, e.args)
e = ValueError("stored")
print(f"{e}", f"{e!r}", "%s" % e, type(e).__name__, isinstance(e, Exception))
