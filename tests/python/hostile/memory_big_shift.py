# revlab: used more than
# python: 1 << 10**10 needs 1.25 GB: MemoryError or a long allocation
n = 1 << 10 ** 10
print(n.bit_length())
