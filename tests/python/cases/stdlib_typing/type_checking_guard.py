# TYPE_CHECKING is False at run time: imports under it never run; string annotations stay strings.
from typing import TYPE_CHECKING, Optional
if TYPE_CHECKING:
    from some_module_that_does_not_exist import Thing
print(TYPE_CHECKING)
def make(thing: "Thing", other: Optional["Thing"] = None) -> "Thing":
    return thing
print(make(5), make.__annotations__["thing"])
class Node:
    def __init__(self, parent: Optional["Node"] = None) -> None:
        self.parent = parent
    def root(self) -> "Node":
        return self if self.parent is None else self.parent.root()
n = Node(Node())
print(n.root() is n.parent, n.root().parent)
