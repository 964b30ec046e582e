# Using a name after del raises NameError.
temp = "scratch"
print(temp)
del temp
print(temp)
