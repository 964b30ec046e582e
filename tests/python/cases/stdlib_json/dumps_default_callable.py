# The default= hook turns unknown objects into something serializable.
import json
from datetime import date, datetime
from decimal import Decimal
import uuid
def encode(obj):
    if isinstance(obj, (date, datetime)):
        return obj.isoformat()
    if isinstance(obj, Decimal):
        return str(obj)
    if isinstance(obj, uuid.UUID):
        return str(obj)
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")
row = {"id": uuid.UUID("12345678-1234-5678-1234-567812345678"), "created": datetime(2024, 1, 2, 3, 4, 5),
       "day": date(2024, 1, 2), "price": Decimal("9.99"), "tags": {3, 1, 2}}
print(json.dumps(row, default=encode))
print(json.dumps(row, default=str, sort_keys=True))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps([Point(1, 2)], default=lambda o: o.__dict__))
try:
    json.dumps({"p": object()}, default=encode)
except TypeError as e:
    print("TypeError:", e)
