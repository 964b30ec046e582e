# takewhile, dropwhile, filterfalse, starmap, compress, tee, pairwise (3.10).
from itertools import compress, dropwhile, filterfalse, pairwise, starmap, takewhile, tee
nums = [1, 3, 5, 6, 7, 2]
print(list(takewhile(lambda n: n % 2, nums)), list(dropwhile(lambda n: n % 2, nums)), list(filterfalse(lambda n: n % 2, nums)))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
print(list(pairwise("abcd")), [y - x for x, y in pairwise([1, 4, 9, 16])])
