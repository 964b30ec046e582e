# The `as` name is deleted at the end of the except block.
try:
    raise ValueError("temporary")
except ValueError as err:
    print("inside:", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)
saved = None
try:
    raise KeyError("kept")
except KeyError as e:
    saved = e
print("saved:", repr(saved))
e = "before"
try:
    raise TypeError("x")
except TypeError as e:
    pass
print("e" in globals())
