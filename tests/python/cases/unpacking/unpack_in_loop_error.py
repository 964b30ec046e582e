# A row of the wrong length in a for loop's target raises ValueError.
rows = [("id", "int"), ("name", "text"), ("bad",)]
for name, type_ in rows:
    print(name, type_)
