# Enum members cannot be reassigned.
from enum import Enum
class Color(Enum):
    RED = 1
print(Color.RED.value)
Color.RED = 2
