# Optional, Union, List, Dict, Sequence, Any, Tuple, Callable and Iterator used as annotations only.
from typing import Any, Callable, Dict, Iterator, List, Optional, Sequence, Tuple, Union
def find(rows: List[Dict[str, Any]], key: str, value: Any) -> Optional[Dict[str, Any]]:
    for row in rows:
        if row.get(key) == value:
            return row
    return None
def total(values: Sequence[Union[int, float]]) -> float:
    return float(sum(values))
def apply(fn: Callable[[int], int], xs: List[int]) -> Tuple[int, ...]:
    return tuple(fn(x) for x in xs)
def count_up(n: int) -> Iterator[int]:
    yield from range(n)
rows: List[Dict[str, Any]] = [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}]
print(find(rows, "id", 2), find(rows, "id", 9), total([1, 2.5]), apply(lambda x: x * x, [1, 2, 3]), list(count_up(3)))
maybe: Optional[str] = None
names: Dict[str, List[int]] = {}
names.setdefault("a", []).append(1)
print(maybe, names)
