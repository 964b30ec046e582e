# allow_nan=False makes a NaN an error.
import json
print(json.dumps([1.5], allow_nan=False))
print(json.dumps([float("nan")], allow_nan=False))
