# An unknown keyword argument raises TypeError naming it.
def create(name, nullable=True):
    return name, nullable
print(create("id", nullable=False))
print(create("id", null=False))
