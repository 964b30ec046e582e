# str.index raises ValueError when the substring is absent (find returns -1).
s = "migration"
print(s.find("x"), s.index("gr"))
print(s.index("x"))
