# revlab: is not available in Revlab
# python: a metaclass that reaches the subclass list of object when any class is made with it
class Meta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls.everything = object.__subclasses__()
        return cls
class Model(metaclass=Meta):
    pass
print(len(Model.everything))
