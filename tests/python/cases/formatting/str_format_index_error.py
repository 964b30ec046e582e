# A positional field beyond the arguments raises IndexError.
print("{0} {1}".format("a", "b"))
print("{0} {1} {2}".format("a", "b"))
