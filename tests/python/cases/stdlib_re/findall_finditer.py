# findall returns strings or tuples of groups; finditer yields Match objects.
import re
text = "id INTEGER, name VARCHAR(50), email VARCHAR(120), age INTEGER"
print(re.findall(r"\w+ VARCHAR\(\d+\)", text))
print(re.findall(r"(\w+) VARCHAR\((\d+)\)", text))
print(re.findall(r"(\w+) INTEGER", text))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"x", "abc"), re.findall(r"", "ab"))
print(re.findall(r"(a)|(b)", "ab"))
for m in re.finditer(r"(?P<col>\w+) (?P<type>[A-Z]+)", text):
    print(m.start(), m.end(), m["col"], m.group("type"), m.groupdict())
print([m.group() for m in re.finditer(r"\b\w", "hello big world")])
print(len(list(re.finditer(r"o", "foo boo"))))
