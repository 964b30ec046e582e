# The JSON work a data migration does: read a column's JSON text, transform, write it back.
import json
rows = [
    (1, '{"theme": "dark", "notify": true}'),
    (2, '{"theme": "light"}'),
    (3, None),
    (4, '{"theme": "dark", "notify": false, "extra": [1, 2]}'),
]
updated = []
for row_id, raw in rows:
    prefs = json.loads(raw) if raw else {}
    prefs.setdefault("notify", True)
    prefs["version"] = 2
    prefs.pop("extra", None)
    updated.append((row_id, json.dumps(prefs, sort_keys=True)))
for row_id, text in updated:
    print(row_id, text)
print(json.dumps({r: json.loads(t)["theme"] if "theme" in json.loads(t) else None for r, t in updated}))
