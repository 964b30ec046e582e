# revlab: is not available in Revlab
# python: __class__ can be reassigned between compatible classes
class A:
    pass
class B:
    def secret(self):
        return "became B"
a = A()
a.__class__ = B
print(a.secret())
