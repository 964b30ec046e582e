# Closures in a loop see the variable's final value; a default argument captures each value.
late = [lambda: i for i in range(3)]
print([f() for f in late])
early = [lambda i=i: i for i in range(3)]
print([f() for f in early])
funcs = []
for name in ["a", "b"]:
    def say():
        return name
    funcs.append(say)
print([f() for f in funcs])
def bind(value):
    return lambda: value
bound = [bind(v) for v in "xy"]
print([f() for f in bound])
