# A failing assert with a message ends the program with AssertionError: message.
rows = [1, 2, 3]
assert len(rows) == 3, "three rows expected"
print("first assert passed")
assert len(rows) == 4, f"expected 4 rows, found {len(rows)}"
