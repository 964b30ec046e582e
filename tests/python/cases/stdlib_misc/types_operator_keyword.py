# types.SimpleNamespace and MappingProxyType; operator's getters; keyword; platform; numbers.
import types, operator, keyword, platform, numbers
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), sorted(vars(ns)))
proxy = types.MappingProxyType({"k": 1})
print(proxy["k"], "k" in proxy, len(proxy), dict(proxy), proxy.get("z", 0))
try:
    proxy["k"] = 2
except TypeError as e:
    print("TypeError:", e)
def f():
    pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
rows = [{"id": 3, "name": "c"}, {"id": 1, "name": "a"}, {"id": 2, "name": "b"}]
print(sorted(rows, key=operator.itemgetter("id")), list(map(operator.itemgetter("name", "id"), rows)))
print(operator.attrgetter("real")(5), operator.attrgetter("a", "b")(ns), operator.methodcaller("upper")("x"))
print(operator.add(2, 3), operator.mul("a", 3), operator.neg(5), operator.eq(1, 1.0), operator.contains([1], 1), operator.index(7))
print(operator.itemgetter(1, 0)("ab"), operator.truth([]), operator.concat([1], [2]), operator.getitem({"a": 1}, "a"))
print(keyword.iskeyword("class"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
print(platform.system(), platform.python_version_tuple()[0])
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1.5, numbers.Integral), isinstance(True, numbers.Number), isinstance("1", numbers.Number))
