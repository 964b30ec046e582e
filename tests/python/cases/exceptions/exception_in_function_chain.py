# An exception unwinds through several calls until a handler; finally blocks run on the way.
def level3():
    print("level3 raises")
    raise LookupError("deep problem")
def level2():
    try:
        level3()
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except LookupError as e:
        print("level1 caught:", e)
        return "recovered"
print(level1())
def collect(values):
    results, errors = [], []
    for v in values:
        try:
            results.append(10 // v)
        except ZeroDivisionError as e:
            errors.append((v, str(e)))
        except TypeError as e:
            errors.append((v, str(e)))
    return results, errors
print(collect([1, 0, "x", 5]))
