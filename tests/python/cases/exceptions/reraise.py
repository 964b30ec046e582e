# A bare raise re-raises the current exception; raise e keeps its type and message.
def risky(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n
def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("logging, then re-raising")
        raise
try:
    wrapper(-1)
except ValueError as e:
    print("outer got:", e)
def convert(n):
    try:
        return risky(n)
    except ValueError as e:
        err = e
    raise err
try:
    convert(-2)
except ValueError as e:
    print("raised again:", e, type(e).__name__)
errors = []
for n in (1, -1, 2, -3):
    try:
        risky(n)
    except ValueError as e:
        errors.append(str(e))
print(errors)
