# revlab: list modified during sort
# python: ValueError: list modified during sort (__lt__ appends to the list mid-sort)
items = []
class Evil:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        items.append(self)
        return self.n < other.n
items.extend(Evil(n) for n in range(50))
items.sort()
