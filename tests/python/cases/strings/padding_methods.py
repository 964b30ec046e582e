# center/ljust/rjust/zfill and expandtabs.
for w in ["a", "abc", "abcdef"]:
    print(repr(w.center(5)), repr(w.center(6, "*")), repr(w.ljust(5, ".")), repr(w.rjust(5)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "123456".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("abcd\te".expandtabs(4)))
rows = [("id", 3), ("name", 12), ("created_at", 7)]
for label, n in rows:
    print(label.ljust(12) + "|" + str(n).rjust(5) + "|")
print("|" + "title".center(11, "=") + "|")
