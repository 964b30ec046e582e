# __enter__ and __exit__ run around the block; `as` binds what __enter__ returns.
class Transaction:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"begin {self.name}")
        return f"handle:{self.name}"
    def __exit__(self, exc_type, exc, tb):
        print(f"end {self.name}", exc_type, exc)
        return False
with Transaction("t1") as handle:
    print("inside with", handle)
print("after with")
with Transaction("no-as"):
    print("block without as")
t = Transaction("reused")
with t as h1:
    pass
with t as h2:
    pass
print(h1 == h2)
