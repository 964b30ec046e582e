# Calling a function without a required argument raises TypeError naming it.
def add_column(table, column, type_):
    return f"{table}.{column} {type_}"
print(add_column("users", "email", "TEXT"))
print(add_column("users", "email"))
