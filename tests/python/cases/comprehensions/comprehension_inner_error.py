# An exception inside a comprehension propagates out of it.
values = ["1", "2", "three"]
print([int(v) for v in values[:2]])
numbers = [int(v) for v in values]
