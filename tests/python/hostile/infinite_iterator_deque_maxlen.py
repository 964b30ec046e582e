# revlab: ran more than
# python: never ends; a bounded deque consumes an endless iterator in constant memory
import collections
import itertools
collections.deque(itertools.repeat(0), maxlen=1)
