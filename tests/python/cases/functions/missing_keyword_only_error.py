# Omitting a required keyword-only argument raises TypeError.
def connect(url, *, timeout):
    return url, timeout
print(connect("x", timeout=1))
print(connect("x"))
