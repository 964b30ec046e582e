# Generator expressions passed straight to sum/any/all/min/max/sorted/list/dict/tuple/set/join.
nums = [4, -2, 7, 0, 3]
print(sum(n for n in nums), sum(n * n for n in nums if n > 0), sum((n for n in nums), 100))
print(any(n < 0 for n in nums), all(n < 10 for n in nums), any(()), all(()))
print(min(n for n in nums), max(abs(n) for n in nums), min((n for n in nums if n > 100), default=None))
print(sorted(n % 3 for n in nums), sorted((n for n in nums), reverse=True))
print(list(str(n) for n in nums), tuple(n > 0 for n in nums))
print(dict((str(n), n) for n in nums if n), sorted(set(n % 2 for n in nums)))
print(", ".join(str(n) for n in nums), "".join(c for c in "a1b2c3" if c.isalpha()))
gen = (n for n in nums)
print(type(gen).__name__, next(gen), next(gen), list(gen), list(gen))
print(max((len(w), w) for w in ["aa", "b", "cc"]))
print(sum(1 for _ in range(10) if _ % 3 == 0))
