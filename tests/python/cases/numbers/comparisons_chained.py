# Chained comparisons evaluate each operand once and stop at the first false link.
x = 5
print(1 < x < 10, 1 < x > 3, 10 > x >= 5, 1 < x < 3)
print(1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 1 < 2)
print(0 < 0.5 <= 1 != 2)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(0) < v(3))
print(calls)
calls.clear()
print(v(1) < v(5) < v(9))
print(calls)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "b") > (1, "a"), "abc" < "abd", "Z" < "a")
print([] < [0], () == (), [1] == [1.0], (1, 2) != (1, 2))
print(None is None, None == None, x is not None)
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
print(3 in [1, 2, 3] in [[1, 2, 3]])
print(not 1 < 2, not (1 > 2))
print(1 < 2 and 2 < 3, 1 < 2 or x)
