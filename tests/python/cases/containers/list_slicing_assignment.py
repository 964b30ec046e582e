# Slices of lists: copies, steps, and assignment/deletion through slices.
xs = list(range(10))
print(xs[2:5], xs[::3], xs[::-1], xs[-3:], xs[:-7], xs[8:2:-2])
ys = xs[:]
ys[0] = 99
print(xs[0], ys[0])
xs[2:5] = ["a", "b"]
print(xs)
xs[1:1] = [10, 20, 30]
print(xs)
xs[-2:] = []
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
del xs[::3]
print(xs)
del xs[1:3]
print(xs)
zs = [1, 2, 3]
zs[len(zs):] = [4, 5]
zs[:0] = [0]
print(zs)
zs[:] = "ab"
print(zs)
