# A seeded random.Random gives Python's sequence (the Mersenne Twister, seeded as Python seeds it).
import random
r = random.Random(42)
print(r.random(), r.randint(1, 100), r.choice("abcdef"), r.randrange(0, 100, 7), r.getrandbits(40))
items = list(range(10))
r.shuffle(items)
print(items, r.sample(range(100), 5), round(r.uniform(1, 2), 12))
random.seed(2024)
print([random.randint(1, 6) for _ in range(10)], random.choice(["a", "b", "c"]))
r2 = random.Random(7)
state = r2.getstate()
first = [r2.random() for _ in range(3)]
r2.setstate(state)
print(first == [r2.random() for _ in range(3)], r2.choices("xyz", k=6), r2.choices("xyz", weights=[10, 1, 1], k=6))
try:
    r.choice([])
except IndexError as e:
    print("IndexError:", e)
