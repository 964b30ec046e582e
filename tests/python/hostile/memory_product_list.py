# revlab: used more than | ran more than
# python: 10**100 tuples are never built: memory runs out first
import itertools
combos = list(itertools.product(range(10), repeat=100))
