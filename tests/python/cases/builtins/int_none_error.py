# int(None) raises TypeError naming the type.
print(int("5"))
print(int(None))
