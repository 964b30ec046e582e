# len() of an instance without __len__ raises TypeError.
class Box:
    pass
print(len([Box()]))
print(len(Box()))
