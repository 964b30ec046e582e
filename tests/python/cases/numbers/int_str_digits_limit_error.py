# Since 3.11, str() of an int with more than 4300 digits raises ValueError.
n = 10 ** 4299
print(len(str(n)))
m = 10 ** 5000
print(m > n)
print(len(str(m)))
