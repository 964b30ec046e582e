# revlab: used more than | ran more than
# python: joins an endless generator: memory grows until exhausted
import itertools
text = "".join(str(i) for i in itertools.count())
