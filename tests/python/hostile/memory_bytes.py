# revlab: used more than
# python: bytes(10**10) and bytearray(10**10) allocate 10 GB each: MemoryError
data = bytes(10 ** 10)
more = bytearray(10 ** 10)
