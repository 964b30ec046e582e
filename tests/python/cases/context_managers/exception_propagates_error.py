# An exception that __exit__ does not suppress ends the program after __exit__ ran.
class Step:
    def __enter__(self):
        print("step begins")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("step cleanup, exception:", exc_type.__name__)
        return False
with Step():
    raise LookupError("revision not found")
