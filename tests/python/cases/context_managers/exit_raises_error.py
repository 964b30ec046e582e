# An exception raised by __exit__ replaces the one from the block.
class Faulty:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit saw", exc_type.__name__)
        raise RuntimeError("cleanup failed")
with Faulty():
    raise ValueError("block failed")
