# Annotations on parameters, returns and variables do not change behaviour.
from typing import Dict, List, Optional
def rename(columns: List[str], mapping: Dict[str, str], prefix: Optional[str] = None) -> List[str]:
    out: List[str] = []
    for c in columns:
        new: str = mapping.get(c, c)
        out.append(f"{prefix}{new}" if prefix else new)
    return out
print(rename(["a", "b"], {"a": "alpha"}))
print(rename(["a"], {}, prefix="t_"))
x: int = "not checked"
print(x)
y: float
print("y" in dict(globals()))
def untyped(a: "a string annotation") -> "anything":
    return a
print(untyped(5), untyped.__annotations__)
