# bytes + str raises TypeError.
data = b"abc"
print(data + b"def")
print(data + "def")
