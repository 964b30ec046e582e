# revlab: maximum recursion depth exceeded
# python: RecursionError: maximum recursion depth exceeded (__getattr__ reads a missing attribute of self)
class Loop:
    def __getattr__(self, name):
        return self.missing
Loop().anything
