# A negative shift count raises ValueError.
print(1 << 3)
print(1 << -1)
