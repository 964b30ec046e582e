# revlab: survived
# python: RuntimeError: survived with 100 keys (__eq__ refills the dict during a lookup; CPython restarts the lookup, which then finds nothing)
table = {}
class Evil:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        table.clear()
        for i in range(100):
            table[f"k{i}"] = i
        return False
table[Evil()] = 1
table.get(Evil())
raise RuntimeError(f"survived with {len(table)} keys")
