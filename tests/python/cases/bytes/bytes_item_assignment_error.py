# bytes is immutable: item assignment raises TypeError.
data = bytearray(b"abc")
data[0] = 65
print(data)
frozen = bytes(data)
frozen[0] = 66
