# sys.version_info compared with tuples, as compatibility branches do.
import sys
print(sys.version_info >= (3, 8), sys.version_info >= (3,), sys.version_info < (4, 0), sys.version_info > (2, 7, 18))
if sys.version_info >= (3, 9):
    merge = lambda a, b: a | b
else:
    merge = lambda a, b: {**a, **b}
print(merge({"a": 1}, {"b": 2}))
print(sys.version_info[0] == 3, sys.version_info.major == 3, sys.version_info[:1] == (3,))
PY2 = sys.version_info[0] == 2
print(PY2, "text_type" if not PY2 else "unicode")
