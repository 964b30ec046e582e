# Looking up an Enum by a missing name raises KeyError.
from enum import Enum
class Color(Enum):
    RED = 1
print(Color["RED"])
print(Color["PURPLE"])
