# Nested replacement fields inside format specs.
width, precision = 10, 3
value = 3.14159265
print(f"[{value:{width}.{precision}f}]")
print(f"[{value:>{width}}] [{'x':{'^'}{width}}]")
align = "<"
fill = "."
print(f"[{'left':{fill}{align}{width}}]")
for w in (4, 6, 8):
    print(f"[{w:{w}d}]")
fmt = ".2e"
print(f"[{123456.789:{fmt}}]")
print("[{:{}.{}f}]".format(value, width, precision))
print("[{0:{1}}] [{0:{fill}^{w}}]".format("mid", 7, fill="=", w=9))
rows = [("id", 1), ("username", 22), ("x", 333)]
key_w = max(len(k) for k, _ in rows)
for k, v in rows:
    print(f"{k:<{key_w}} = {v:>{key_w}}")
