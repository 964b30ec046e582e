# Popping from an empty deque raises IndexError.
from collections import deque
d = deque([1])
print(d.popleft())
d.pop()
