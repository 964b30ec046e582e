# @dataclass: __init__, __repr__, __eq__ from annotated fields; defaults, default_factory, field options.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
from typing import ClassVar, List, Optional
@dataclass
class Column:
    name: str
    type_: str = "TEXT"
    nullable: bool = True
    tags: List[str] = field(default_factory=list)
    comment: Optional[str] = field(default=None, repr=False, compare=False)
    count: ClassVar[int] = 0
c = Column("id", "INTEGER", nullable=False)
print(c, c == Column("id", "INTEGER", False), c == Column("id"), c != Column("x"))
print(Column("a").tags is not Column("b").tags, Column("a", comment="x") == Column("a", comment="y"))
print([f.name for f in fields(Column)], asdict(c), astuple(Column("z")))
print(replace(c, name="pk"), c.name, is_dataclass(c), is_dataclass(Column), is_dataclass(5), Column.count)
print(Column.__doc__, Column.__match_args__, Column.__hash__ is None)
@dataclass
class Table:
    name: str
    columns: List[Column] = field(default_factory=list)
t = Table("users", [Column("id", "INTEGER"), Column("email")])
print(asdict(t))
@dataclass
class Child(Column):
    length: int = 255
print(Child("email", length=120), [f.name for f in fields(Child)])
