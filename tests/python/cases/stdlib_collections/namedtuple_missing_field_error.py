# Constructing a namedtuple without a field raises TypeError.
from collections import namedtuple
Point = namedtuple("Point", "x y")
print(Point(1, 2))
print(Point(1))
