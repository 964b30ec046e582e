# raise ... from sets __cause__; raising inside except sets __context__; from None suppresses it.
class MigrationError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise MigrationError(f"bad revision number {text!r}") from e
try:
    load("x1")
except MigrationError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
try:
    try:
        {}["a"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__, repr(e.__context__))
