# revlab: used more than
# python: str.format and format() with a huge width: MemoryError
print(format(3.5, "9999999999.2f"))
