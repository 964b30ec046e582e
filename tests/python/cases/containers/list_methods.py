# The list methods and what each returns (most return None and change the list).
xs = [3, 1, 4]
print(xs.append(1), xs)
xs.extend([5, 9])
xs.extend(range(2))
print(xs)
xs.insert(0, 100)
xs.insert(-1, 200)
xs.insert(99, 300)
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(1)
print(xs, xs.index(4), xs.index(1), xs.count(1), xs.count(42))
print(xs.index(5, 2), xs.index(xs[-1], 1), xs.index(4, 0, 3))
ys = xs.copy()
ys.reverse()
print(xs, ys, ys.reverse(), ys)
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
xs.clear()
print(xs, len(xs))
zs = [1, 2]
zs += [3]
zs *= 2
print(zs, [0] * 3, [[]] * 2)
