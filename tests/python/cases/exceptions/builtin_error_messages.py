# The exact messages of exceptions raised by builtins and operators.
nothing = None
cases = [
    lambda: {}["k"],
    lambda: [][0],
    lambda: (1, 2)[5],
    lambda: "abc"[10],
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [] + (),
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1.0 % 0,
    lambda: int("x"),
    lambda: int("1.5"),
    lambda: int("", 16),
    lambda: float("abc"),
    lambda: None.upper(),
    lambda: (5).foo,
    lambda: undefined_name,
    lambda: next(iter([])),
    lambda: len(5),
    lambda: nothing(),
    lambda: [1, 2].index(3),
    lambda: {1}.remove(2),
    lambda: "x" * "y",
    lambda: -"x",
    lambda: abs("x"),
    lambda: sum(["a", "b"]),
    lambda: max([]),
    lambda: min(1),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: range(1.5),
    lambda: [1, 2][1:2:0],
    lambda: dict([1]),
    lambda: {}.pop("x"),
    lambda: list.append(),
    lambda: "a".join([1]),
    lambda: round("x"),
    lambda: divmod(1, 0),
    lambda: sorted([1, "a"]),
    lambda: hash([]),
    lambda: int(None),
    lambda: iter(5),
]
for f in cases:
    try:
        f()
        print("no error")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
