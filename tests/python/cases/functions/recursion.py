# Recursion: factorial with big ints, Fibonacci with memo, tree walks, mutual recursion.
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)
print(factorial(0), factorial(5), factorial(25))
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print([fib(i) for i in range(15)], fib(90))
def depth(tree):
    if not isinstance(tree, list):
        return 0
    return 1 + max((depth(t) for t in tree), default=0)
print(depth([1, [2, [3, [4]]], []]), depth(5), depth([]))
def flatten(tree):
    for t in tree:
        if isinstance(t, list):
            yield from flatten(t)
        else:
            yield t
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def hanoi(n, a="A", b="B", c="C"):
    return [] if n == 0 else hanoi(n - 1, a, c, b) + [(a, c)] + hanoi(n - 1, b, a, c)
print(len(hanoi(10)), hanoi(2))
def depth_900(n):
    return 0 if n == 0 else 1 + depth_900(n - 1)
print(depth_900(900))
