# revlab: is not available in Revlab
# python: a class built with type(name, bases, dict), then its MRO walked to object.__subclasses__
Made = type(type)("Made", (object,), {"x": 1})
print(Made.__mro__[-1].__subclasses__())
