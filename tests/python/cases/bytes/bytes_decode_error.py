# Decoding invalid UTF-8 with the default strict handler raises UnicodeDecodeError.
data = "café".encode("latin-1")
print(data)
print(data.decode("latin-1"))
print(data.decode("utf-8"))
