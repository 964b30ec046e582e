# Reading a name that was never assigned raises NameError.
found = False
for item in [1, 2, 3]:
    if item > 5:
        result = item
        found = True
print("found:", found)
print(result)
