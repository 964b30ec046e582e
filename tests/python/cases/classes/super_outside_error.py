# Calling a method through super() that no base defines raises AttributeError.
class Base:
    pass
class Child(Base):
    def save(self):
        return super().save()
print("calling")
Child().save()
