# json.dumps with indent, sort_keys, separators and ensure_ascii.
import json
data = {"name": "Zoë", "tags": ["a", "b"], "meta": {"z": 1, "a": None}, "empty": [], "nested": {}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent="\t", ensure_ascii=False))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps(data, sort_keys=True, separators=(", ", ": ")))
print(json.dumps({"b": 1, "a": 2}, indent=None, sort_keys=True))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))
