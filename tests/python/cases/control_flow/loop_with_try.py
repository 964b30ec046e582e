# Loops whose bodies catch errors and keep going, with continue and break in handlers.
raw = ["1", "x", "3", "", "5", "stop", "7"]
total = 0
for s in raw:
    try:
        if s == "stop":
            break
        total += int(s)
    except ValueError as e:
        print("skip:", e)
        continue
    finally:
        print("seen", repr(s))
print("total", total)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts} failed")
        print("connected after", attempts)
        break
    except ConnectionError as e:
        print(e)
