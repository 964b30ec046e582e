# revlab: used more than
# python: int.to_bytes with a 10**10 length: MemoryError
blob = (1).to_bytes(10 ** 10, "big")
