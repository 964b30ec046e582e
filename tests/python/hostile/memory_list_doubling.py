# revlab: used more than
# python: the list doubles each turn until MemoryError (or the OOM killer)
items = [0]
while True:
    items = items + items
