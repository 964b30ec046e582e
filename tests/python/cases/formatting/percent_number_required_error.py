# %d with a string raises TypeError.
print("%d rows" % 5)
print("%d rows" % "five")
