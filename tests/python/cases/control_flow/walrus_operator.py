# Assignment expressions (:=) in if, while and comprehensions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"{n} items")
queue = list(range(5))
while (item := queue.pop()) > 1:
    print("popped", item)
print("stopped at", item, queue)
print([y for x in data if (y := x * 2) > 6], y)
total = 0
print([total := total + x for x in data], total)
