# auto() values, string values, tuple values, aliases, and methods on an Enum.
from enum import Enum, auto
class Status(Enum):
    PENDING = auto()
    ACTIVE = auto()
    DISABLED = auto()
print([(s.name, s.value) for s in Status])
class Level(Enum):
    LOW = "low"
    HIGH = "high"
    DEFAULT = "low"
print(list(Level), Level.DEFAULT, Level.DEFAULT is Level.LOW, Level("low"), list(Level.__members__))
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def label(self):
        return self.name.title()
print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.label, Planet((3.303e23, 2.4397e6)))
class Op(Enum):
    ADD = "+"
    SUB = "-"
    def apply(self, a, b):
        return a + b if self is Op.ADD else a - b
    @classmethod
    def parse(cls, symbol):
        return cls(symbol)
print(Op.ADD.apply(2, 3), Op.parse("-").apply(2, 3), Op.parse("+"))
