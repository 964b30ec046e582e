# * in list, tuple and set displays; ** in dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [0, *a, 5], (*"ab",), [*range(3), *{}])
print(sorted({*a, *b, 1}), {*()} == set())
base = {"x": 1, "y": 2}
print({**base, "y": 20, **{"z": 3}}, {"y": 0, **base})
print({**{}, **{}}, [*[], *[]])
words = ["a", "b"]
print([*words, *map(str.upper, words)])
head, *tail = [*a, *b]
print(head, tail)
print(*[*a, *b])
