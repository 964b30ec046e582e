# str.maketrans and translate: mapping, deleting, dict tables.
table = str.maketrans("abc", "xyz")
print("aabbcc-abc".translate(table))
print("hello world".translate(str.maketrans("", "", "lo")))
print("hello".translate(str.maketrans({"h": "J", "o": None, "l": "L"})))
print("a-b_c d".translate(str.maketrans("-_ ", "...")))
print(sorted(str.maketrans("ab", "cd").items()))
print("tab\tnew\nline".translate({ord("\t"): " ", ord("\n"): " | "}))
