# Subscripting an instance without __getitem__ raises TypeError.
class Box:
    def __init__(self):
        self.items = [1, 2]
b = Box()
print(b.items[0])
print(b[0])
