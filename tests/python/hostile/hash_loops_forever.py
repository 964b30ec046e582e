# revlab: ran more than
# python: never ends: using the object as a dict key calls a __hash__ that loops
class Sticky:
    def __hash__(self):
        while True:
            pass
d = {Sticky(): 1}
