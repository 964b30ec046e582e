# revlab: ran more than | used more than | is not available in Revlab
# python: computes for minutes and uses gigabytes
import math
print(math.factorial(10 ** 8).bit_length())
