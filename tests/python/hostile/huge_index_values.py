# revlab: cannot fit 'int' into an index-sized integer
# python: IndexError: cannot fit 'int' into an index-sized integer (a C++ size_t must not wrap around)
items = [1, 2, 3]
print(items[-(2 ** 64) + 1 :])
print(items[2 ** 64])
