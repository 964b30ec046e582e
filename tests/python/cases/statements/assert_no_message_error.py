# A failing assert without a message: the last line is the bare AssertionError.
total = 10
assert total > 5
print("ok so far")
assert total > 50
