# Bitwise operators on ints, including negatives (two's complement of infinite width).
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b), bin(~a))
print(1 << 10, 1 << 100, 1024 >> 3, 5 >> 10)
print(-1 >> 1, -16 >> 2, -17 >> 2, -1 << 4)
print(-6 & 0xFF, -6 | 1, -6 ^ 3, ~-6)
print(0xFF & ~0x0F, hex(0xDEADBEEF & 0xFFFF))
print((2 ** 70) | 1, (2 ** 70) >> 60, (2 ** 70 - 1) & 0xFFFF)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-255).bit_length())
print((1023).bit_count() if hasattr(int, "bit_count") else 10)
flags = 0
for bit in (0, 3, 5):
    flags |= 1 << bit
print(flags, bin(flags), bool(flags & 8), bool(flags & 4))
flags &= ~(1 << 3)
print(flags)
x = 6
x <<= 2
x >>= 1
x ^= 5
x &= 14
x |= 1
print(x)
