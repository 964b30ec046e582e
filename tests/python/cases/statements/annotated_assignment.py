# Annotated assignments, as Alembic's revision template writes them, and bare annotations.
from typing import Sequence, Union
revision: str = "ae1027a6acf0"
down_revision: Union[str, None] = "1975ea83b712"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None
print(revision, down_revision, branch_labels, depends_on)
print(sorted(__annotations__))
count: int
print("count" in globals(), "count" in __annotations__)
class Model:
    __tablename__: str = "users"
    id: int
    name: str = "default"
print(Model.__tablename__, Model.name, hasattr(Model, "id"), sorted(Model.__annotations__))
def f():
    local: int = 5
    other: str
    return local
print(f())
