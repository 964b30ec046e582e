# revlab: used more than | ran more than
# python: computes a 41 MB integer after several seconds of CPU, then fails to print it (ValueError: Exceeds the limit (4300 digits) for integer string conversion)
n = 10 ** 10 ** 8
print(n)
