# Reprs that have no address: classes, builtin types, functions' names, None, NotImplemented.
class Model:
    pass
print(Model, int, str, type, object, type(None), type(len).__name__)
print(repr(Model), str(Model), [Model], {Model: 1})
print(None, NotImplemented, Ellipsis, type(NotImplemented).__name__)
print(type(Model()).__name__, Model().__class__ is Model, type(Model) is type)
print(len.__name__, print.__name__, type(print).__name__, type(lambda: 0).__name__)
print(str.upper.__name__, dict.get.__name__, int.__add__.__name__)
