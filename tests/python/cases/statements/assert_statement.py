# assert passes silently when true; the message expression is only evaluated on failure.
def message():
    print("message evaluated")
    return "boom"
assert True
assert 1 + 1 == 2, message()
assert [0], "non-empty list is truthy"
x = 5
assert isinstance(x, int) and x > 0, f"bad x {x}"
try:
    assert x < 0, message()
except AssertionError as e:
    print("caught:", e)
try:
    assert ()
except AssertionError as e:
    print("no message:", repr(e), e.args)
print("done")
