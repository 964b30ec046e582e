# set.remove raises KeyError for a missing member (discard does not).
s = {1, 2}
s.discard(5)
print(sorted(s))
s.remove(5)
