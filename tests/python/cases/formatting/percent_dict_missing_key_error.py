# A %(name)s field missing from the mapping raises KeyError.
print("%(a)s" % {"a": 1})
print("%(a)s %(b)s" % {"a": 1})
