# The loop variable of a comprehension does not leak; the outer iterable is evaluated first.
x = "outer"
squares = [x * 2 for x in range(3)]
print(squares, x)
total = 5
print([total + n for n in range(3)], total)
funcs = [lambda: n for n in range(3)]
print([f() for f in funcs])
n = 10
g = (n + i for i in range(3))
n = 20
print(list(g))
data = [[1, 2], [3]]
print([v for data in data for v in data], data)
class Config:
    names = ["a", "b"]
    upper = [s.upper() for s in names]
print(Config.upper)
