# revlab: ran more than
# python: never ends: `in` searches an endless iterator for a value it never yields
import itertools
print(-1 in itertools.count())
