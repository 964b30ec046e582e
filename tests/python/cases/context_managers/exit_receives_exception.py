# __exit__ receives the exception's type and value; returning a false value lets it propagate.
class Watch:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit: no exception")
        else:
            print("exit:", exc_type.__name__, "-", exc, "- tb is", type(tb).__name__)
        return None
with Watch():
    print("clean block")
try:
    with Watch():
        raise ValueError("inside block")
except ValueError as e:
    print("propagated:", e)
try:
    with Watch():
        {}["missing"]
except KeyError as e:
    print("propagated:", repr(e))
