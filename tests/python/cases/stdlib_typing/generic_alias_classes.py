# PEP 585 generics: builtin and collections classes subscripted (GenericAlias), subclasses of dict/list inheriting it, collections.abc.Callable's argument checks, annotations evaluated at def time
import collections, collections.abc, re, functools, itertools, typing, datetime, uuid, enum, decimal
from collections import defaultdict, OrderedDict, Counter, deque, ChainMap
for name, t in [("list", list), ("dict", dict), ("set", set), ("frozenset", frozenset), ("tuple", tuple), ("type", type),
                ("defaultdict", defaultdict), ("OrderedDict", OrderedDict), ("Counter", Counter), ("deque", deque),
                ("ChainMap", ChainMap), ("abc.Iterable", collections.abc.Iterable), ("abc.Mapping", collections.abc.Mapping),
                ("abc.Callable", collections.abc.Callable), ("abc.Sequence", collections.abc.Sequence),
                ("re.Pattern", re.Pattern), ("re.Match", re.Match), ("functools.partial", functools.partial)]:
    try:
        g = t[int] if name not in ("dict", "defaultdict", "OrderedDict", "ChainMap", "abc.Mapping") else t[str, int]
        print(name, g, type(g).__name__)
    except TypeError as e:
        print(name, "TypeError", e)
x: defaultdict[str, list] = defaultdict(list)
print(x, list[int] == list[int], list[int](range(2)), dict[str, int](a=1))
def f(a: defaultdict[str, list[int]], b: "OrderedDict[str, int]" = None) -> Counter[str]:
    return a
print(f.__annotations__["a"], f.__annotations__["return"])
print(isinstance([], list), list[int].__origin__, list[int].__args__, dict[str, int].__args__)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError", e)
from collections.abc import Callable, Awaitable, KeysView
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Callable[[int], str].__args__)
print(KeysView[str], Awaitable[int], collections.abc.MutableMapping[str, int], collections.abc.Sized)
try:
    collections.abc.Sized[int]
except TypeError as e:
    print("TypeError", e)
class Tags(dict):
    pass
print(Tags[str, int], collections.UserDict[str, int])
import functools
print(deque[int]([1]), defaultdict[str, list](list))
