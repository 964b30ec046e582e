# Reading an attribute an instance does not have raises AttributeError naming the class.
class Revision:
    def __init__(self, rid):
        self.rid = rid
r = Revision("abc")
print(r.rid)
print(r.down_revision)
