# revlab: used more than
# python: each replace doubles the string: 2**40 characters are never reached (MemoryError)
s = "x" * 1024
for _ in range(40):
    s = s.replace("x", "xx")
