# getattr without a default raises AttributeError for a missing attribute.
print(getattr("x", "upper")())
print(getattr(42, "upper"))
