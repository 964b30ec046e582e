# dumps then loads gives back an equal value, except tuples become lists and keys become strings.
import json
samples = [{"a": [1, 2, {"b": None}]}, [1.5, "x", True], {"1": 1}, "ünïcode", 0.1, 2 ** 64, [[[]]]]
for s in samples:
    back = json.loads(json.dumps(s))
    print(back == s, back)
print(json.loads(json.dumps((1, 2))), json.loads(json.dumps({1: "a", None: "b"})))
text = json.dumps({"z": 1, "a": 2}, sort_keys=True, indent=2)
print(json.loads(text), json.dumps(json.loads(text)) == '{"a": 2, "z": 1}')
floats = [0.1, 1 / 3, 1e16, 123.456, 5e-324]
print(json.loads(json.dumps(floats)) == floats, json.dumps(floats))
