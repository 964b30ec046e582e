# The self-documenting = form keeps the text of the expression and its spacing.
count = 3
name = "users"
items = [1, 2]
print(f"{count=}")
print(f"{count = }")
print(f"{count=!s}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name = :>8}")
print(f"{count * 2 + 1=}")
print(f"{items[0]=} {len(items)=}")
print(f"{3.5=:.3f}")
print(f"{name.upper()=}")
print(f"{ count }", f"{count   =}")
