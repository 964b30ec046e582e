# The conditional expression `a if cond else b`, nested and inside other expressions.
for n in range(-1, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign, "even" if n % 2 == 0 else "odd")
xs = [x if x % 3 else -x for x in range(7)]
print(xs)
label = lambda n: "one" if n == 1 else f"{n} items"
print(label(1), label(5))
value = None
print((value if value is not None else "default").upper())
print(1 if [] else 2, "a" if "b" else "c", (lambda: 0)() if False else "skip")
