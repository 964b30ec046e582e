# product, permutations, combinations and combinations_with_replacement in their order.
from itertools import combinations, combinations_with_replacement, permutations, product
print(list(product("ab", [1, 2])), list(product([0, 1], repeat=2)), len(list(product(range(3), repeat=3))))
print(list(permutations("abc")), list(permutations([1, 2, 3], 2)), list(permutations([])))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("ab", 2)), ["".join(p) for p in product("xy", repeat=3)])
print(sum(1 for _ in permutations(range(5))), [c for c in combinations([1, 2, 3, 4], 2) if sum(c) == 5])
