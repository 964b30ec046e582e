# A list as a field default is refused with Python's message.
from dataclasses import dataclass
@dataclass
class Bad:
    items: list = []
