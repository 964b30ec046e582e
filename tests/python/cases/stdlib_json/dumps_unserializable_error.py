# json.dumps of a set raises TypeError.
import json
print(json.dumps(sorted({1, 2})))
print(json.dumps({"ids": {1, 2}}))
