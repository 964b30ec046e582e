# Looping over dicts, strings, tuples, enumerate and zip; the loop variable after the loop.
config = {"host": "db", "port": 5432}
for key in config:
    print(key, config[key])
for key, value in config.items():
    print(f"{key}={value}")
for ch in "hey":
    print(ch.upper(), end="")
print()
for i, (name, age) in enumerate([("a", 1), ("b", 2)], start=1):
    print(i, name, age)
for x, y in zip([1, 2, 3], "ab"):
    print(x, y)
for last in range(4):
    pass
print("after loop:", last)
for item in []:
    print("never")
print("empty loop body never ran")
