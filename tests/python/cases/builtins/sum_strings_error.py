# sum() refuses strings as its start value and says to use join.
print(sum([1, 2], 0))
print(sum(["a", "b"], ""))
