# %-formatting with values left over raises TypeError.
print("%s" % ("a",))
print("%s" % ("a", "b"))
