# Module-level names read from functions, rebinding with global, and globals() lookups.
CONFIG = {"echo": False}
counter = 0
def increment():
    global counter
    counter += 1
def set_echo(value):
    CONFIG["echo"] = value
def upgrade():
    return "upgrade ran"
def downgrade():
    return "downgrade ran"
increment()
increment()
set_echo(True)
print(counter, CONFIG)
for name in ("upgrade", "downgrade"):
    print(globals()[name]())
print("counter" in globals(), globals().get("missing", "absent"), callable(globals()["increment"]))
def local_names(a, b=2):
    c = a + b
    return sorted(locals())
print(local_names(1))
def local_values():
    x, y = 1, "two"
    return locals()
print(local_values())
g = globals()
g["dynamic"] = 42
print(dynamic)
