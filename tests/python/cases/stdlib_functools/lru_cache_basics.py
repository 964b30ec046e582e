# functools.lru_cache and cache: hits, misses, cache_info, cache_clear, typed keys.
from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=2)
def slow_square(n):
    calls.append(n)
    return n * n
print([slow_square(n) for n in (1, 2, 1, 3, 1, 2)], calls)
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info(), slow_square(4), slow_square.cache_info().misses)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@cache
def label(kind, n=1):
    calls.append((kind, n))
    return f"{kind}{n}"
calls.clear()
print(label("a"), label("a"), label("a", n=1), label("b", 2), calls)
@lru_cache
def ident(x):
    return x
print(ident(1), ident(1.0), ident.cache_info().hits, ident.__name__)
