# Iterating bytes gives ints; building bytes from ints; simple checksums.
data = "Revlab".encode()
print([b for b in data], [chr(b) for b in data])
print(sum(data) % 256, sum(data), bytes(b ^ 0x20 for b in data))
xor = 0
for b in data:
    xor ^= b
print(xor, hex(xor))
parts = [bytes([i]) for i in range(65, 70)]
print(b"".join(parts), b"-".join(parts))
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(2, "big"))
print(bytes(range(48, 58)).decode(), b"abc".translate(bytes.maketrans(b"ab", b"xy")))
