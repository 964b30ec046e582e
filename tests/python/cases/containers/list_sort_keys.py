# sort and sorted: keys, reverse, stability, tuples as keys.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_age = sorted(people, key=lambda p: p[0])
by_age.sort(key=lambda p: p[1])
print(by_age)
words = ["Banana", "apple", "cherry", "Apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nums = [3, -1, -4, 1, 5, -9]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: (n < 0, n)))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted("hello"), sorted({3: "c", 1: "a"}), sorted(range(5), reverse=True))
xs = [5, 2, 8]
print(xs.sort(), xs)
print(sorted([0.5, 1, True, -2.0]))
