# Assigning a name anywhere in a function makes it local everywhere in it.
total = 10
def add(n):
    total += n
    return total
print("calling add")
print(add(5))
