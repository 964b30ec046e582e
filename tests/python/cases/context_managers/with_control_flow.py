# return, break and continue inside a with block still run __exit__.
class Scope:
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("enter", self.label)
    def __exit__(self, *exc):
        print("exit", self.label)
def find(items, target):
    for i, item in enumerate(items):
        with Scope(f"item {i}"):
            if item == target:
                return i
            if item is None:
                continue
            if item == "stop":
                break
    return -1
print(find(["a", "b"], "b"))
print(find([None, "stop", "x"], "x"))
