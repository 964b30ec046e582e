# Flag and IntFlag: combining, membership, iteration, names of composites, bool, ~.
from enum import Flag, IntFlag, Enum, auto, unique
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.R | Perm.W, Perm(6), Perm.RWX, list(Perm), [p.name for p in Perm(5)], Perm.R in Perm.RWX)
print(~Perm.R, Perm(0), bool(Perm(0)), repr(Perm(0)), Perm.R & Perm.X, len(Perm), (Perm.R | Perm.W).value)
class Mode(IntFlag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
rw = Mode.READ | Mode.WRITE
print(rw, repr(rw), rw == 3, rw + 1, Mode(8), Mode.READ | 8, int(Mode.EXEC), isinstance(rw, int))
class Color(Enum):
    RED = 1
    CRIMSON = 1
    GREEN = 2
print(Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color), list(Color.__members__), Color["CRIMSON"])
print(Color.RED.name, Color.RED.value, Color.__members__["GREEN"], Color.GREEN in Color, Perm.R in Color)
class Shape(Enum):
    SQUARE = "sq"
    @classmethod
    def _missing_(cls, value):
        return cls.SQUARE if str(value).lower() == "square" else None
print(Shape("square"), Shape("sq"))
try:
    Shape("circle")
except ValueError as e:
    print("ValueError:", e)
print(type(Color), type(Color).__name__, Color.__name__, Color.RED.__class__.__name__, dir(Color.RED)[:3])
