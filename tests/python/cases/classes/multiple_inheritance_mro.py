# Multiple inheritance: the MRO, cooperative super() through a diamond, mixins.
class Base:
    def setup(self):
        return ["Base"]
class Left(Base):
    def setup(self):
        return ["Left"] + super().setup()
class Right(Base):
    def setup(self):
        return ["Right"] + super().setup()
class Child(Left, Right):
    def setup(self):
        return ["Child"] + super().setup()
print(Child().setup())
print([k.__name__ for k in Child.__mro__])
print([k.__name__ for k in Child.mro()])
class TimestampMixin:
    created = "now"
    def stamp(self):
        return f"{type(self).__name__} created {self.created}"
class Model:
    created = "model default"
    def save(self):
        return "saved"
class User(TimestampMixin, Model):
    pass
class Post(Model, TimestampMixin):
    pass
print(User().stamp(), User().save(), Post().stamp())
print(isinstance(User(), TimestampMixin), issubclass(Post, Model))
