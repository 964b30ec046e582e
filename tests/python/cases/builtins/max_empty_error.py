# max() of an empty sequence without a default raises ValueError.
print(max([3, 1]), max([], default=0))
print(max([]))
