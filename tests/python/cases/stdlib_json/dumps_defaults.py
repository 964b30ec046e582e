# json.dumps with default options: separators, escapes, key conversion, float repr.
import json
values = [None, True, False, 0, -1, 1.5, 1e20, 1e-7, 10 ** 20, "text", "", [], {}, (1, 2),
          {"b": 1, "a": [1, {"c": None}]}, [1.0, 2.50, 3], "quote\" back\\ nl\n tab\t",
          "é 中 😀", "\x00\x1f\x7f", {1: "int key", 2.5: "float key", True: "bool", None: "none"}]
for v in values:
    print(json.dumps(v))
print(json.dumps(float("nan")), json.dumps(float("inf")), json.dumps(-float("inf")))
print(json.dumps("</script>"), json.dumps("\u2028"), json.dumps("'single'"))
