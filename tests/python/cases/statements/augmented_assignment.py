# Augmented assignment on every operator, on lists (in place), tuples (rebinding), items and attributes.
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n //= 5; print(n)
n **= 3; print(n)
n %= 10; print(n)
n <<= 4; print(n)
n >>= 2; print(n)
n |= 1; print(n)
n &= 7; print(n)
n ^= 2; print(n)
n /= 2; print(n)
a = [1]
b = a
a += [2]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = "ab"
s *= 2
print(s)
d = {"k": 1}
d["k"] += 10
print(d)
class C:
    count = 0
c = C()
c.count += 1
print(c.count, C.count)
m = [[0]]
m[0][0] -= 5
print(m)
