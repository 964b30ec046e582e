# if/elif/else chains, nested ifs, and truthiness of conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2:
            return "small odd"
        else:
            return "small even"
    else:
        return "large"
for n in (-5, 0, 3, 4, 10, 99):
    print(n, classify(n))
for value in (0, 1, "", "x", [], [0], {}, None, 0.0, -1):
    if value:
        print(repr(value), "is truthy")
    else:
        print(repr(value), "is falsy")
x = 5
if x > 3: print("one-line if")
if x > 10:
    pass
elif x:
    print("elif taken")
