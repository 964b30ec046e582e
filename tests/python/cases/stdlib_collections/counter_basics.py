# Counter: counting, most_common (ties keep first-seen order), arithmetic, elements, update.
from collections import Counter
c = Counter("abracadabra")
print(c)
print(c.most_common(2), c.most_common()[-1], c["a"], c["z"], len(c), sum(c.values()))
words = Counter("the cat and the hat and the bat".split())
print(words.most_common(3), sorted(words.elements())[:4])
c2 = Counter(a=1, b=5)
print(c + c2, c - c2, c2 - c, c & c2, c | c2)
c2.update("aab")
c2.subtract({"b": 10})
print(c2, +c2, -c2)
print(Counter({"x": 2}) == Counter(x=2), Counter() == Counter(a=0), dict(Counter("aab")))
print(sorted(Counter([1, 1, 2, 3, 3, 3]).items()), Counter([1, 1, 2]).total())
