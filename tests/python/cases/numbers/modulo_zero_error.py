# % by zero raises ZeroDivisionError with its own message.
values = [10, 7, 0]
for v in values:
    print(100 // (v or 1))
print(5 % 0)
