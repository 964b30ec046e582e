# bytearray: a mutable bytes, with item assignment, append and extend.
ba = bytearray(b"hello")
print(ba, len(ba), ba[0])
ba[0] = ord("j")
ba.append(33)
ba.extend(b" ok")
print(ba, bytes(ba), ba.decode())
del ba[0]
ba[0:2] = b"EE"
print(ba, ba.pop(), ba)
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
print(ba == bytes(ba), b"x" + bytearray(b"y"), bytearray(b"y") + b"x")
ba.reverse()
print(ba, ba.upper(), ba.find(b"E"))
ba.clear()
print(ba, len(ba), bool(ba))
