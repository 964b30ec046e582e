# revlab: is not available in Revlab
# python: str.format's field syntax walks attributes too: this prints object's subclasses method
print("{0.__class__.__base__.__subclasses__}".format(()))
