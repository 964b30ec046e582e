# str.format: positional, automatic, named, attribute and index fields.
print("{} {} {}".format("a", "b", "c"))
print("{0} {1} {0}".format("x", "y"))
print("{2}{1}{0}".format("a", "b", "c"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[key]} {1[2]}".format(["first", "second"], {"key": "v", 2: "int-key"}))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(3, 4)
print("({0.x}, {0.y}) ({p.x})".format(p, p=p))
print("{items[1]} {d[a]}".format(items=[10, 20], d={"a": "A"}))
print("{:>6}|{:<6}|{:^6}|{:06.2f}".format("r", "l", "c", 3.14159))
print("{0:x} {0:o} {0:b} {0:,}".format(1234567))
print("{!r} {!s}".format("q", "q"))
print("{{}} {{{}}}".format("in braces"))
print("{0}{1}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}))
import datetime
print("{:%Y}".format(datetime.date(2024, 1, 2)))
