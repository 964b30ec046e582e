# Named groups: groupdict, group by name, backreferences by name, and in sub.
import re
pat = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
m = pat.search("released on 2024-03-09.")
print(m.groupdict(), m["year"], m.group("month", "day"), m.start("day"), pat.groupindex["day"])
print(pat.groups, sorted(pat.groupindex.items()))
filename = re.compile(r"^(?P<rev>[0-9a-f]{12})_(?P<slug>\w+)\.py$")
for f in ["ae1027a6acf0_add_users.py", "nothex_x.py", "1975ea83b712_create_posts_table.py"]:
    mm = filename.match(f)
    print(f, mm.groupdict() if mm else None)
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now").group())
print(re.sub(r"(?P<w>\w+) (?P=w)", r"\g<w>", "the the cat sat sat"))
opt = re.match(r"(?P<a>x)?(?P<b>y)", "y")
print(opt.groupdict(), opt.groupdict(default=""))
