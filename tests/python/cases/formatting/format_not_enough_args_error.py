# %-formatting with too few values raises TypeError.
print("%s-%s" % ("a", "b"))
print("%s-%s-%s" % ("a", "b"))
