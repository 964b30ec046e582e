# A generator freed while paused inside try/finally or with is closed: its cleanup runs then.
def rows():
    try:
        for i in range(10):
            yield i
    finally:
        print("rows closed")
for r in rows():
    if r == 2:
        break
print("after loop")
def first(it):
    for x in it:
        return x
print(first(rows()))
print(next(iter(rows())))
print("end")
