# Concatenating a str and an int raises TypeError with str's own message.
count = 3
print("count: " + str(count))
print("count: " + count)
