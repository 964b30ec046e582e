# __repr__ and __str__: which one print, str(), repr(), f-strings and containers use.
class Rev:
    def __init__(self, rid):
        self.rid = rid
    def __repr__(self):
        return f"Rev({self.rid!r})"
    def __str__(self):
        return f"revision {self.rid}"
r = Rev("ae1027a6acf")
print(r)
print(str(r), repr(r), f"{r}", f"{r!r}", "%s %r" % (r, r), "{} {!r}".format(r, r))
print([r], (r,), {"k": r}, {r.rid: [r]})
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return "only str"
o = OnlyStr()
print(o, str(o), repr(o).startswith("<__main__.OnlyStr object"))
