# %-formatting with a mapping: named fields, repeated names, widths.
row = {"name": "Ann", "age": 30, "score": 91.256}
print("%(name)s is %(age)d" % row)
print("%(name)-6s|%(age)04d|%(score).1f|%(name)r" % row)
print("%(name)s %(name)s" % row)
print("%(missing)s" % {"missing": None})
sql = "UPDATE users SET name = '%(name)s' WHERE age > %(age)d" % row
print(sql)
class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("%(a)s %(b)s" % Defaulting(a=1))
print("%s" % {"k": 1}, "%s" % ({"k": 1},))
