# startswith/endswith with strings, tuples and positions.
name = "2024_01_15_add_users_table.py"
print(name.startswith("2024"), name.endswith(".py"), name.endswith((".txt", ".py")))
print(name.startswith(("a", "b")), name.startswith("01", 5), name.endswith("add", 0, 14))
print("".startswith(""), "abc".startswith(""), "abc".endswith(""), "".endswith("a"))
print("abc".startswith("abcd"), "abc".endswith("bc", 1), "abc".endswith("b", 0, -1))
for f in ["a.py", "b.PY", "c.pyc", "README"]:
    print(f, f.lower().endswith(".py"))
