# revlab: used more than | ran more than
# python: a division to a billion digits: runs for a very long time or MemoryError
from decimal import Decimal, getcontext
getcontext().prec = 10 ** 9
print(Decimal(1) / Decimal(3))
