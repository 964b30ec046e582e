# Integers of any size: products, powers, factorials and their digits.
big = 2 ** 100
print(big)
print(repr(big), len(str(big)))
print(big + 1, big - 1)
print(big * big)
print(-big)
print(big // 3, big % 3)
print(10 ** 30 // 7, 10 ** 30 % 7)
print(-(10 ** 30) // 7, -(10 ** 30) % 7)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f == 265252859812191058636308480000000)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63))
print((2 ** 64) > (2 ** 63), 2 ** 64 == 18446744073709551616)
print(int("123456789012345678901234567890") * 2)
print(divmod(10 ** 25, 12345))
print(pow(3, 200))
print(pow(3, 200, 1000007))
print(abs(-(3 ** 50)))
print(sum(range(10 ** 6)))
print(9999999999999999 + 1, 99999999999999999999 + 1)
