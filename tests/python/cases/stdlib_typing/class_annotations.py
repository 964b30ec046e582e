# Annotated class attributes with and without values, as models declare columns.
from typing import ClassVar, Dict, List, Optional
class User:
    __tablename__: str = "users"
    id: int
    name: Optional[str] = None
    tags: List[str]
    registry: ClassVar[Dict[str, "User"]] = {}
    def __init__(self, id: int, name: Optional[str] = None) -> None:
        self.id = id
        self.name = name
        self.tags = []
        User.registry[str(id)] = self
u = User(1, "ann")
print(u.id, u.name, u.tags, User.name, User.__tablename__, list(User.registry))
print(sorted(User.__annotations__), hasattr(User, "id"), hasattr(User, "tags"))
