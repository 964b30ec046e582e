# Every combination of try/except/else/finally, with and without an exception.
def run(fail):
    steps = []
    try:
        steps.append("try")
        if fail:
            raise ValueError("boom")
        steps.append("try end")
    except ValueError:
        steps.append("except")
    else:
        steps.append("else")
    finally:
        steps.append("finally")
    return steps
print(run(False))
print(run(True))
def only_finally(fail):
    out = []
    try:
        try:
            out.append("inner")
            if fail:
                raise KeyError("k")
        finally:
            out.append("inner finally")
    except KeyError as e:
        out.append(f"outer caught {e!r}")
    return out
print(only_finally(False), only_finally(True))
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
try:
    x = 1 / 0
except ZeroDivisionError:
    print("caught division")
finally:
    print("cleanup")
