# Calling a method str does not have raises AttributeError.
name = "users"
print(name.upper())
print(name.push("x"))
