# revlab: survived: False
# python: RuntimeError: survived: False (__eq__ empties the list during `in`; the search stops safely)
items = []
class Evil:
    def __eq__(self, other):
        items.clear()
        return False
items.extend(Evil() for _ in range(1000))
found = 42 in items
raise RuntimeError(f"survived: {found}")
