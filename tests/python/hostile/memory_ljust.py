# revlab: used more than
# python: ljust/center to 10**10 characters: MemoryError
print("x".ljust(10 ** 10) + "y".center(10 ** 10))
