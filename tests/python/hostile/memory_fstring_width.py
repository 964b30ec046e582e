# revlab: used more than
# python: a 10 GB padded string: MemoryError on most machines
width = 10 ** 10
print(f"{'x':>{width}}")
