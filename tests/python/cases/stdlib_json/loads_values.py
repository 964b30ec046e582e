# json.loads of every JSON type, whitespace, unicode escapes, big numbers, duplicate keys.
import json
for text in ['null', 'true', 'false', '0', '-12', '1.5', '1e3', '1E-2', '12345678901234567890', '"s"',
             '"\\u00e9\\n\\"\\\\\\/"', '"\\ud83d\\ude00"', '[]', '{}', ' [1, 2.0, "x", null] ',
             '{"a": {"b": [true, false]}}', '{"k": 1, "k": 2}', '"é"', '[1e400, -1e400]', 'NaN', '-Infinity']:
    v = json.loads(text)
    print(repr(text), "->", repr(v), type(v).__name__)
print(json.loads(b'{"bytes": 1}'), json.loads('{"a": 1}', object_pairs_hook=list))
print(json.loads('[1.10, 2]', parse_float=str), json.loads('{"n": 5}', parse_int=lambda s: int(s) * 2))
