# Keyword-only parameters after * or *args, with and without defaults.
def connect(url, *, timeout=30, retries):
    return f"{url} timeout={timeout} retries={retries}"
print(connect("db", retries=3))
print(connect("db", retries=1, timeout=5))
def log(*messages, sep=" ", level):
    return f"[{level}] " + sep.join(messages)
print(log("a", "b", level="INFO"), log(level="DEBUG"), log("x", "y", sep="-", level="W"))
try:
    connect("db", 5, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    connect("db")
except TypeError as e:
    print("TypeError:", e)
