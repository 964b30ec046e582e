# A with statement on an object without __enter__/__exit__ raises TypeError.
class Plain:
    pass
print("entering")
with Plain():
    pass
