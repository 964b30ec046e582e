# json.loads errors: JSONDecodeError (a ValueError) with msg, pos, lineno, colno.
import json
for text in ['', '{', '[1, 2', '{"a" 1}', "{'a': 1}", '[1,]', '{"a": 1,}', 'tru', '"unterminated',
             '[1] extra', '{"a":\n  nope}', '01', '"\\x"', '{1: 2}']:
    try:
        json.loads(text)
        print(repr(text), "parsed")
    except json.JSONDecodeError as e:
        print(repr(text), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads(None)
except TypeError as e:
    print("TypeError:", e)
