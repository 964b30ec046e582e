# An exception in __enter__ skips the block and __exit__.
class Broken:
    def __enter__(self):
        raise OSError("cannot open")
    def __exit__(self, *exc):
        print("never called")
print("before")
with Broken():
    print("never runs")
