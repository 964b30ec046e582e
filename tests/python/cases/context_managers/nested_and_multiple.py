# Several context managers in one with statement exit in reverse order; nesting does the same.
class Tag:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append(f"<{self.name}>")
        return self.name
    def __exit__(self, *exc):
        self.log.append(f"</{self.name}>")
log = []
with Tag("a", log) as a, Tag("b", log) as b:
    log.append(f"body {a}{b}")
print(log)
log = []
with Tag("outer", log):
    with Tag("inner", log):
        log.append("body")
print(log)
log = []
try:
    with Tag("x", log), Tag("y", log):
        raise RuntimeError("stop")
except RuntimeError:
    log.append("caught")
print(log)
log = []
with (Tag("p", log) as p,
      Tag("q", log) as q):
    log.append(p + q)
print(log)
