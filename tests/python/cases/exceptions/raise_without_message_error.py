# Raising an exception class without arguments: the last line is just its name.
def check(flag):
    if not flag:
        raise PermissionError
check(True)
print("first check passed")
check(False)
