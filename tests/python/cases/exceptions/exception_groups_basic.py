# Catching Exception does not catch BaseException subclasses like SystemExit/KeyboardInterrupt.
def attempt(exc):
    try:
        try:
            raise exc
        except Exception as e:
            return f"Exception caught {type(e).__name__}"
    except BaseException as e:
        return f"only BaseException caught {type(e).__name__}"
for exc in (ValueError(), SystemExit(3), KeyboardInterrupt(), GeneratorExit()):
    print(attempt(exc))
try:
    raise SystemExit("bye")
except SystemExit as e:
    print("SystemExit code:", e.code, e.args)
