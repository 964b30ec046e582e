# An __exit__ that returns True suppresses the exception; execution continues after the with.
class Ignore:
    def __init__(self, *types):
        self.types = types
        self.caught = []
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught.append(f"{exc_type.__name__}: {exc}")
            return True
        return False
ig = Ignore(KeyError, ZeroDivisionError)
with ig:
    print("before error")
    1 / 0
    print("never printed")
print("continues after suppressed error")
with ig:
    {}["k"]
print(ig.caught)
try:
    with ig:
        raise TypeError("not in the list")
except TypeError as e:
    print("not suppressed:", e)
import contextlib
with contextlib.suppress(FileNotFoundError, ValueError):
    int("nope")
print("contextlib.suppress works too")
