# Identity with `is`, id() only compared, and instances tracked by a class attribute.
class Node:
    instances = 0
    def __init__(self, value, parent=None):
        Node.instances += 1
        self.value = value
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)
    def root(self):
        node = self
        while node.parent is not None:
            node = node.parent
        return node
    def path(self):
        return [] if self.parent is None else self.parent.path() + [self.value]
root = Node("root")
a = Node("a", root)
b = Node("b", a)
c = Node("c", a)
print(Node.instances, b.root() is root, id(b.root()) == id(root), id(a) != id(b))
print(b.path(), c.path(), [ch.value for ch in a.children], a.children[0] is b)
x = [a, b]
print(x.index(b), b in x, Node("b") in x)
