# Building a text table with format specs, as reports in scripts do.
rows = [("users", 1523, 0.4567), ("posts", 98231, 12.5), ("tags", 7, 0.0)]
header = f"{'table':<10}{'rows':>8}{'size MB':>10}"
print(header)
print("-" * len(header))
for name, count, size in rows:
    print(f"{name:<10}{count:>8,}{size:>10.2f}")
print("=" * len(header))
total = sum(r[1] for r in rows)
print(f"{'total':<10}{total:>8,}{sum(r[2] for r in rows):>10.2f}")
print("{:<10}{:>8}".format("avg", round(total / len(rows))))
for name, count, _ in rows:
    bar = "#" * (count.bit_length() // 2)
    print("%-6s %-9s %6.1f%%" % (name, bar, 100 * count / total))
