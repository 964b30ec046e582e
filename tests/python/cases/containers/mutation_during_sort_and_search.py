# A sort whose key or __lt__ changes the list fails cleanly; a search whose __eq__ empties the list stops.
items = list(range(5))
def key(v):
    items.append(v)
    return v
try:
    items.sort(key=key)
except ValueError as e:
    print("ValueError:", e)
print(len(items) >= 5)
bag = []
class Shrinks:
    def __eq__(self, other):
        bag.clear()
        return False
bag.extend(Shrinks() for _ in range(10))
print(42 in bag, len(bag))
order = [3, 1, 2]
def failing_key(v):
    if v == 2:
        raise KeyError(v)
    return v
try:
    order.sort(key=failing_key)
except KeyError as e:
    print("KeyError:", e, order)
