# revlab: used more than | ran more than
# python: list(range(10**10)) fills memory: MemoryError
numbers = list(range(10 ** 10))
