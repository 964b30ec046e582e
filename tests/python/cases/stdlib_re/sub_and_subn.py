# sub with strings, group references, named references, callables, and counts.
import re
print(re.sub(r"\s+", " ", "a   b \t\n c"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "ann@example.com, bob@test.com"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"))
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "3 apples and 10 pears"))
print(re.sub(r"[aeiou]", "", "migration", count=2), re.subn(r"o", "0", "foo boo"))
print(re.sub(r"([A-Z])", r"_\1", "CamelCaseName").lower().lstrip("_"))
print(re.sub(r"(?<!^)(?=[A-Z])", "_", "HTTPResponseCode").lower())
print(re.sub(r"x*", "-", "abc"), re.sub(r"^", "> ", "line1\nline2", flags=re.M))
print(re.sub(r"\\", "/", r"C:\path\to"), re.sub(r"\$(\w+)", lambda m: {"user": "ann"}.get(m[1], m[0]), "$user $home"))
print(re.sub(r"(a)(b)?", r"[\1|\2]", "ab a"))
