# An exception raised in finally replaces the one in flight.
try:
    print("in try")
    raise ValueError("original")
finally:
    print("in finally")
    raise KeyError("replacement")
