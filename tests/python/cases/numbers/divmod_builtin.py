# divmod() on ints and floats of every sign.
for a in (17, -17):
    for b in (5, -5):
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a)
print(divmod(0, 7), divmod(7, 7), divmod(6, 7))
print(divmod(10 ** 20, 7))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(1, 0.3))
seconds = 3725
minutes, seconds = divmod(seconds, 60)
hours, minutes = divmod(minutes, 60)
print(f"{hours}:{minutes:02d}:{seconds:02d}")
print(type(divmod(5, 2)).__name__, type(divmod(5.0, 2)[0]).__name__)
