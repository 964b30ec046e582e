# f-strings with calls, comprehensions, conditionals and nested f-strings.
def plural(n, word):
    return f"{n} {word}{'s' if n != 1 else ''}"
for n in range(3):
    print(plural(n, "table"))
cols = ["id", "email", "created_at"]
print(f"SELECT {', '.join(cols)} FROM users WHERE {' AND '.join(f'{c} IS NOT NULL' for c in cols[:2])}")
data = {"a": 1, "b": 2}
print(f"{sum(data.values())} {max(data, key=data.get)} {sorted(data)}")
print(f"{f'{1 + 1}'} {f'{3:>3}'}|")
print(f"{'%s' % 'old-style'} {'{}'.format('new')} {format(7, '03')}")
print(f"{3 > 2 and 'yes' or 'no'}")
names = ["b", "a"]
print(f"{', '.join(sorted(names))!r}")
print(f"{'ix_%s_%s' % ('users', 'email')}")
quote = "'"
print(f"{quote * 2} {len(quote)}")
