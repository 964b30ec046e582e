# revlab: used more than
# python: MemoryError, or 10 GB allocated if the machine has it
s = "x" * 10 ** 10
print(len(s))
