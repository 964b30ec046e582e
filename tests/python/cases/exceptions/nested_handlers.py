# Exceptions raised in except, else and finally blocks, and nested try statements.
def trial(where):
    log = []
    try:
        try:
            log.append("try")
            if where in ("try", "except"):
                raise ValueError("in try")
        except ValueError:
            log.append("except")
            if where == "except":
                raise KeyError("in except")
        else:
            log.append("else")
            if where == "else":
                raise KeyError("in else")
        finally:
            log.append("finally")
            if where == "finally":
                raise RuntimeError("in finally")
    except Exception as e:
        log.append(f"outer: {type(e).__name__}({e})")
    return log
for where in ("none", "try", "except", "else", "finally"):
    print(where, trial(where))
