# find/rfind/index/rindex/count with start and end arguments.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.rfind("cat"))
print(s.index("quick"), s.rindex("o"), s.find("o", 15, 20), s.find("", 5), s.find(""))
print(s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"), s.count("o", 20))
print(s.find("dog", -5), s.find("the", -10, -1))
print("abc".find("c", 10), "abc".rfind(""), "".find(""))
print("mississippi".count("ss"), "mississippi".count("i", 0, 5))
print("banana".find("an", 2), "banana".rfind("an", 0, 4))
