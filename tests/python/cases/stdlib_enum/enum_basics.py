# Enum members: name, value, repr, str, identity, iteration order, len, lookups by value and name.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED).__name__)
print(list(Color), len(Color), [c.name for c in Color], Color.GREEN in Color)
print(Color(2), Color["BLUE"], Color(2) is Color.GREEN, getattr(Color, "RED"))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is not Color.BLUE, isinstance(Color.RED, Color))
print(f"{Color.RED}", f"{Color.RED!r}", "{}".format(Color.BLUE), str(Color.GREEN), f"{Color.RED.name}")
print(Color.__members__.keys(), list(Color.__members__.items())[0])
print(sorted(Color, key=lambda c: -c.value), max(Color, key=lambda c: c.value))
print(Color.RED.__class__ is Color, hash(Color.RED) == hash(Color.RED), Color)
