# str.replace with counts, empty patterns and overlapping text.
s = "one fish two fish red fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 1), s.replace("fish", "cat", 0), s.replace("fish", "cat", -1))
print("aaa".replace("a", "b", 2), "aaaa".replace("aa", "b"), "abc".replace("", "-"))
print("abc".replace("", "-", 2), "".replace("", "x"), "abc".replace("x", "y"))
print("a.b.c".replace(".", ""), "tab\there".replace("\t", "    "))
print("CamelCaseName".replace("C", "_c").lower().lstrip("_"))
print('say "hi"'.replace('"', "'"), "it's".replace("'", "''"))
