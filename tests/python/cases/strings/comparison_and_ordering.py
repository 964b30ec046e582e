# String comparison is by code point; sorting with keys.
print("apple" < "banana", "apple" < "Apple", "a" < "aa", "" < "a", "Z" < "a", "é" > "z")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"], key=str.lower))
print(sorted(["bb", "a", "ccc", "dd"], key=len), sorted(["bb", "a", "ccc", "dd"], key=len, reverse=True))
print(sorted(["file10", "file2", "file1"]), max(["x", "yy", "z"], key=len))
s = "abc"
print(s == "abc", s is not None, "a" * 3 == "aaa")
print(min("hello"), max("hello"), sorted("hello"), "".join(sorted("hello", reverse=True)))
