# revlab: used more than | ran more than
# python: every MemoryError is caught and the allocation tried again: never ends
while True:
    try:
        block = "x" * 10 ** 12
    except MemoryError:
        pass
