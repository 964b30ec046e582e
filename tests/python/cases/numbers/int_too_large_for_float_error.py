# Converting an int too large for a float raises OverflowError.
big = 10 ** 400
print(len(str(big)))
print(float(big))
