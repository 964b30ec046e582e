# typing.get_type_hints resolves string annotations by name and turns None into NoneType.
from typing import Optional, List, get_type_hints
class Node:
    parent: Optional["Node"]
    children: List["Node"]
    name: str = "root"
def link(a: "Node", b: Node = None) -> None:
    pass
print(get_type_hints(Node, globals()))
print(get_type_hints(link, globals()))
print(link.__annotations__)
