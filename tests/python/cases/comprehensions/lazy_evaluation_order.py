# Generators run lazily: side effects interleave with the consumer; any() stops early.
log = []
def source():
    for i in range(5):
        log.append(f"yield {i}")
        yield i
for v in (x * 10 for x in source()):
    log.append(f"got {v}")
    if v >= 20:
        break
print(log)
log.clear()
print(any(x > 1 for x in source()), log)
log.clear()
evens = (x for x in source() if x % 2 == 0)
print(log)
print(next(evens), log)
pipeline = (s.strip() for s in [" a ", "b ", "  "])
nonempty = (s for s in pipeline if s)
print(list(nonempty))
