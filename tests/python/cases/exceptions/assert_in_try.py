# assert raises AssertionError (with or without a message), which can be caught.
def check(n):
    assert n >= 0, f"n must be non-negative, got {n}"
    assert n != 13
    return n
for n in (5, -1, 13):
    try:
        print("ok", check(n))
    except AssertionError as e:
        print("AssertionError:", repr(str(e)), e.args)
