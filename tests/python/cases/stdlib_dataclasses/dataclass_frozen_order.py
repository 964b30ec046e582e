# frozen and order: hashing, sorting, assignment refused; __post_init__ and InitVar; KW_ONLY.
from dataclasses import dataclass, field, FrozenInstanceError, InitVar, KW_ONLY
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
vs = [Version(1, 10), Version(1, 2), Version(0, 9, "beta")]
print(sorted(vs), max(vs), Version(1, 2) < Version(1, 10), Version(1) <= Version(1, 0, "x"))
print(hash(Version(1, 2)) == hash(Version(1, 2, "other")), len({Version(1), Version(1, 0)}))
try:
    vs[0].major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Rate:
    amount: float
    scale: InitVar[int] = 100
    per_unit: float = field(init=False)
    def __post_init__(self, scale):
        self.per_unit = self.amount / scale
print(Rate(50), Rate(50, 10).per_unit)
@dataclass
class Options:
    name: str
    _: KW_ONLY
    strict: bool = False
    level: int
print(Options("x", level=3), Options("y", strict=True, level=1))
