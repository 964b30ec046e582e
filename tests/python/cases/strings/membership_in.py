# `in` and `not in` on strings: substrings, empty strings, case.
s = "Hello, World"
print("World" in s, "world" in s, "" in s, "" in "", "lo, W" in s, "xyz" not in s)
print("o" in s, s.count("o"), "H" in s[1:])
print("a" in "abc" and "d" not in "abc")
vowels = "aeiou"
print([c for c in "education" if c in vowels])
print("ab" in ["ab", "cd"], "a" in ["ab", "cd"], "a" in ("a",), "a" in {"a": 1})
