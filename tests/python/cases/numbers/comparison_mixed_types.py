# Equality across types is False; ordering across unrelated types raises TypeError.
print(1 == "1", [1] == (1,), None == 0, "a" == b"a")
print(1 != "1", {} == [], set() == frozenset())
print({1, 2} == frozenset({2, 1}), (1, 2) == (1, 2.0), [1, [2]] == [1, [2.0]])
for a, b in [(1, "1"), ([1], (1,)), (None, 0), ("a", 1.5)]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
print(sorted([3, 1.5, True, 2]))
print(max("apple", "banana"), min([3, 1], [2, 9]), max((1, 2), (1, 2, 0)))
print("a" < "b" < "c", "B" < "a", "é" > "z", "10" < "9")
