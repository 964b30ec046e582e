# Using a list as a dict key raises TypeError: unhashable type.
index = {}
index[(1, 2)] = "ok"
print(index)
index[[1, 2]] = "not ok"
