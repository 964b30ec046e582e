# namedtuple: fields, repr, indexing, unpacking, _asdict, _replace, _fields, _make, defaults.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, repr(p), p.x, p[1], p == (1, 2), tuple(p), len(p))
x, y = p
print(x, y, p._asdict(), p._replace(x=10), p, Point._fields)
print(Point._make([5, 6]), Point(*range(2)), sorted([Point(2, 1), Point(1, 5)]))
Column = namedtuple("Column", "name type nullable", defaults=[True])
c = Column("id", "INTEGER")
print(c, c.nullable, Column._field_defaults, Column("x", "TEXT", False))
print({p: "origin"}[Point(1, 2)], p + (3,), p * 2, max(Point(3, 4)))
class Rev(namedtuple("Rev", "rid down")):
    def describe(self):
        return f"{self.rid} <- {self.down or 'base'}"
print(Rev("a1", None).describe(), Rev("b2", "a1"), isinstance(Rev("a", "b"), tuple))
