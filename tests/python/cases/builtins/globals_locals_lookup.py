# Calling functions by name through globals(), as migration helpers do; locals() in a function.
def upgrade_users():
    return "users upgraded"
def upgrade_posts():
    return "posts upgraded"
def run(step):
    name = f"upgrade_{step}"
    if name not in globals():
        return f"no {name}"
    return globals()[name]()
print(run("users"), run("posts"), run("tags"))
steps = sorted(n for n in globals() if n.startswith("upgrade_"))
print(steps, [globals()[s]() for s in steps])
def show(a, b=2, *rest, **kw):
    inner = a + b
    return locals()
print(show(1), show(1, 3, 4, k=5))
print(type(globals()).__name__, globals()["__name__"])
