# Iterating an instance without __iter__ or __getitem__ raises TypeError.
class Box:
    pass
for x in [1]:
    print(x)
for x in Box():
    print(x)
