# A named field with no argument raises KeyError naming it.
template = "{table}.{column}"
print(template.format(table="users", column="id"))
print(template.format(table="users"))
