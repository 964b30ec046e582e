# Adding an int and a str raises TypeError naming both types.
count = 3
label = "items: "
print(label + str(count))
print(count + label)
