# f-strings: expressions, method calls, subscripts, nested quotes of the other kind.
name = "users"
cols = ["id", "name"]
row = {"id": 7, "name": "Ann"}
n = 3
print(f"table {name} has {len(cols)} columns")
print(f"{name.upper()} {cols[0]} {row['name']} {n * 2} {n > 2}")
print(f"{'yes' if n else 'no'} {[c.upper() for c in cols]} {row}")
print(f"{n}{n}{n}", f"{{literal}} {{{n}}}", f"")
print(f"{name!r:>10}|{n:03}|")
print(f'{"double inside single"}', f"{'single inside double'}")
print(f"""{name}
{n}""")
print(rf"\d{n}", fr"\t{name}", f"\t{name}")
print(F"upper F {n}")
print(f"{None} {True} {3.0} {1e20} {2**70}")
print(f"{(lambda x: x * 2)(21)}", f"{n:{'>'}{5}}")
x = 10
print(f"{x = }", f"{x=}", f"{x + 1 = }", f"{name = !r}", f"{x = :5}")
