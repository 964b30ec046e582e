# A dataclass's __init__ names the missing field, as Python's generated __init__ does.
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
print(Point(1, 2))
print(Point(1))
