# Slicing strings: steps, negative indices, out-of-range bounds, reversing.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:], s[::])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-2:-8:-3])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[2:2]))
print(s[None:4], s[4:None], s[::None])
print(s[slice(1, 9, 3)], s[slice(None, None, -1)], s[slice(3)])
print(s[-1:-11:-1] == s[::-1], s[len(s) - 1::-1])
i, j = 2, 6
print(s[i:j], s[i:j][::-1], s[:i] + s[j:])
print("racecar" == "racecar"[::-1], "python"[::-1])
print(slice(1, 5, 2), slice(3), slice(1, 9, 3).indices(10), slice(None, None, -1).indices(5))
