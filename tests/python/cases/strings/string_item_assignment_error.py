# Strings are immutable: item assignment raises TypeError.
s = "hello"
t = "J" + s[1:]
print(t)
s[0] = "J"
