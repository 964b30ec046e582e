# Ordering instances that define no __lt__ raises TypeError.
class Item:
    def __init__(self, n):
        self.n = n
items = [Item(2), Item(1)]
print(sorted(items, key=lambda i: i.n)[0].n)
print(sorted(items))
