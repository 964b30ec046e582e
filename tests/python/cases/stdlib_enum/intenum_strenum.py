# IntEnum compares and computes as int; str-mixin and StrEnum members; 3.11's str() and format().
from enum import Enum, IntEnum, StrEnum
class Priority(IntEnum):
    LOW = 1
    HIGH = 10
print(Priority.LOW, repr(Priority.LOW), str(Priority.HIGH), f"{Priority.HIGH}", Priority.LOW + 1, Priority.HIGH > 5)
print(Priority.LOW == 1, sorted([Priority.HIGH, Priority.LOW, 5]), Priority(10), int(Priority.HIGH), [1, 2][Priority.LOW])
class Kind(str, Enum):
    TABLE = "table"
    VIEW = "view"
print(Kind.TABLE, repr(Kind.TABLE), str(Kind.VIEW), f"{Kind.VIEW}", Kind.TABLE == "table", Kind.TABLE.upper(), Kind("view"))
class Mode(StrEnum):
    READ = "r"
    WRITE = "w"
print(Mode.READ, repr(Mode.READ), str(Mode.WRITE), f"{Mode.WRITE}", Mode.READ == "r", Mode.READ + "b", "%s" % Mode.READ)
import json
print(json.dumps({"p": Priority.HIGH, "k": Kind.TABLE, "m": Mode.READ}))
