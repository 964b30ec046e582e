# match/case (3.10): literals, captures, sequences, mappings, guards, class patterns, wildcards.
def describe(cmd):
    match cmd:
        case "upgrade" | "downgrade" as verb:
            return f"migration verb {verb}"
        case ["stamp", rev]:
            return f"stamp {rev}"
        case ["history", *rest] if rest:
            return f"history with {rest}"
        case {"op": "add_column", "name": name}:
            return f"add column {name}"
        case int(n) if n < 0:
            return "negative int"
        case int() | float():
            return "number"
        case None:
            return "nothing"
        case _:
            return "unknown"
for c in ["upgrade", "downgrade", ["stamp", "head"], ["history"], ["history", "-v"],
          {"op": "add_column", "name": "email", "type": "str"}, -3, 2.5, None, "other"]:
    print(repr(c), "->", describe(c))
