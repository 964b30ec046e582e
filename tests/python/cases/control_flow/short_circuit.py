# and/or return one of their operands and stop evaluating early.
def loud(value, name):
    print("evaluated", name)
    return value
print(loud(0, "a") and loud(1, "b"))
print(loud(1, "a") and loud(2, "b"))
print(loud(0, "a") or loud("", "b") or loud("x", "c") or loud("y", "d"))
print(None or [] or {} or 0)
print(1 and "yes" or "no", 0 and "yes" or "no")
name = ""
print(name or "anonymous", [1] and "non-empty")
x = None
print(x is not None and x.bit_length())
print(not loud(0, "n"))
print(any(loud(v, str(v)) for v in [0, 1, 2]), all(loud(v, str(v)) for v in [1, 0, 2]))
