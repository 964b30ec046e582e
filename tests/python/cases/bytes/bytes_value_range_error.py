# A byte value outside 0..255 raises ValueError.
print(bytes([0, 255]))
print(bytes([1, 256]))
