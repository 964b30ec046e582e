# revlab: used more than
# python: tries to allocate 8 GB of pointers: MemoryError on most machines
items = [0] * 10 ** 9
print(len(items))
