# revlab: ran more than
# python: never ends; sum() loops inside the builtin over an endless iterator, in constant memory
import itertools
print(sum(itertools.count()))
