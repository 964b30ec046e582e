# str.join over lists, generators, and strings; concatenation and repetition.
parts = ["alpha", "beta", "gamma"]
print(", ".join(parts), "".join(parts), "\n".join(parts))
print("-".join("abc"), "+".join(str(i) for i in range(5)), "|".join([]))
print(" ".join(sorted({"b", "a", "c"})), ",".join(map(str, [1, 2, 3])))
s = "ab"
print(s + "cd", s * 3, 3 * s, s * 0, s * -1, repr(s * 0))
t = ""
for word in parts:
    t += word[0]
print(t)
print("%s" % "".join(reversed("stressed")))
names = ["id", "name", "email"]
print("INSERT INTO t (" + ", ".join(names) + ") VALUES (" + ", ".join("?" * len(names)) + ")")
print(", ".join(f":{n}" for n in names))
