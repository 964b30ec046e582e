# while with break, continue and else; a countdown and a search.
n = 5
while n > 0:
    n -= 1
    if n == 3:
        continue
    print("n =", n)
else:
    print("while else runs when the condition turns false")
i = 0
while True:
    i += 1
    if i * i > 50:
        break
print("first square over 50:", i, i * i)
j = 10
while j:
    j //= 2
    if j == 1:
        print("breaking at 1")
        break
else:
    print("not printed")
total, k = 0, 0
while k < 100 and total < 20:
    k += 1
    total += k
print(k, total)
