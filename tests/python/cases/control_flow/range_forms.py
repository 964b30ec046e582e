# range with one, two and three arguments, negative steps, and range objects' behaviour.
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)), list(range(5, 0, -2)))
print(list(range(0)), list(range(5, 2)), list(range(-3, 3)), list(range(10, -10, -7)))
r = range(0, 20, 4)
print(r, len(r), r[2], r[-1], r[1:3], r[::-1], 8 in r, 9 in r, r.index(12), r.count(4))
print(range(3) == range(0, 3), range(0) == range(2, 2), list(reversed(range(3))))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
for i in range(3, 0, -1):
    print(i, end=" ")
print("liftoff")
print(len(range(0, 10 ** 12, 7)), range(10 ** 12)[-1])
