# Subscripted typing objects: their reprs, equality, get_origin/get_args, TypeVar, Generic, cast, NamedTuple.
from typing import (Any, Callable, Dict, Generic, List, Literal, Mapping, NamedTuple, Optional, Sequence, Set, Tuple,
                    Type, TypeVar, Union, ClassVar, Final, Annotated, get_args, get_origin, cast, overload, TypedDict)
print(List[int], Dict[str, Any], Optional[str], Union[int, str], Union[str, Sequence[str], None])
print(Tuple[int, ...], Callable[[int, str], bool], Callable[..., None], Literal["a", 1], Type[int], ClassVar[int])
print(Annotated[int, "meta"], Final[str], Mapping[str, List[int]], Set[bytes], Any)
print(Union[int, int], Union[int, None] == Optional[int], Union[int, str] == Union[str, int], Optional[Union[int, str]])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]) is Union, get_args(Callable[[int], str]))
T = TypeVar("T")
K = TypeVar("K", bound=str)
print(T, K, K.__bound__, List[T], Dict[K, T][str, int])
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
print(Box(3).item, Box[int], cast(int, "not checked"))
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), Point(1), Point._fields, Point.__annotations__, p._asdict())
Pair = NamedTuple("Pair", [("a", str), ("b", int)])
print(Pair("x", 1))
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="Up", year=2009)
print(m, type(m).__name__, Movie.__required_keys__ == frozenset({"title", "year"}))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(5), f("s"))
