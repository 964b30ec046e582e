# An uncaught JSONDecodeError shows its module-qualified name on the last line.
import json
print(json.loads('{"ok": true}'))
print(json.loads("{'single': 'quotes'}"))
