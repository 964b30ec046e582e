# revlab: used more than
# python: %-formatting with a 10**10 width: MemoryError
print("%10000000000d" % 1)
