# @classmethod alternative constructors (respecting subclasses) and @staticmethod helpers.
class Revision:
    registry = []
    def __init__(self, rid, down=None):
        self.rid, self.down = rid, down
    @classmethod
    def parse(cls, text):
        rid, _, down = text.partition("<-")
        obj = cls(rid.strip(), down.strip() or None)
        cls.registry.append(obj)
        return obj
    @staticmethod
    def is_valid_id(rid):
        return len(rid) == 12 and all(c in "0123456789abcdef" for c in rid)
    def __repr__(self):
        return f"{type(self).__name__}({self.rid!r}, {self.down!r})"
class MergeRevision(Revision):
    pass
r = Revision.parse("ae1027a6acf0 <- 1975ea83b712")
m = MergeRevision.parse("27c6a30d7c24")
print(r, m, type(m).__name__, len(Revision.registry))
print(Revision.is_valid_id("ae1027a6acf0"), r.is_valid_id("xyz"), MergeRevision.is_valid_id("0" * 12))
print(type(Revision.__dict__["parse"]).__name__, type(Revision.__dict__["is_valid_id"]).__name__)
print(r.parse("x").rid, Revision.registry[-1])
