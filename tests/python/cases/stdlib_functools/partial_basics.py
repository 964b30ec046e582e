# functools.partial freezes positional and keyword arguments; calls may override keywords.
from functools import partial
def column(name, type_="TEXT", *, nullable=True, default=None):
    return f"{name} {type_}{'' if nullable else ' NOT NULL'}{f' DEFAULT {default}' if default is not None else ''}"
int_col = partial(column, type_="INTEGER")
required = partial(column, nullable=False)
print(int_col("id"), required("name"), required("age", "INTEGER", default=0))
print(int_col("n", type_="BIGINT"), int_col.func is column, int_col.args, int_col.keywords)
base2 = partial(int, base=2)
print(base2("1010"), base2("11", base=10), list(map(partial(pow, 2), range(5))))
twice = partial(partial(column, "x"), nullable=False)
print(twice(), twice.args, sorted(twice.keywords))
