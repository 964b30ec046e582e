# revlab: ran more than
# python: never ends: printing calls a __repr__ that loops
class Sticky:
    def __repr__(self):
        while True:
            pass
print([Sticky()])
