# revlab: ran more than
# python: never ends: the object's refcount drops to zero at `del` and __del__ loops (a sandbox that never calls __del__ ends normally instead, then raises the RuntimeError below)
class Sticky:
    def __del__(self):
        while True:
            pass
s = Sticky()
del s
raise RuntimeError("ran more than: __del__ was not called")
