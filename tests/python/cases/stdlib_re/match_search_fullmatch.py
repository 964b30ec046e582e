# re.match anchors at the start, search scans, fullmatch needs the whole string; Match objects.
import re
text = "rev 1975ea83b712 -> ae1027a6acf0"
print(re.match(r"rev", text), re.match(r"\d+", text), re.search(r"[0-9a-f]{12}", text))
m = re.search(r"(\w+) -> (\w+)", text)
print(m.group(), m.group(0), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(1))
print(m[0], m[1], m.group(1, 2), m.string is text, m.re.pattern, m.pos, m.endpos, m.lastindex)
print(re.fullmatch(r"[0-9a-f]+", "ae1027a6acf0"), re.fullmatch(r"[0-9a-f]+", "ae1027a6acf0!"))
print(bool(re.match(r"^\d{4}_", "2024_add_users")), re.match(r"x*", "abc"))
m2 = re.match(r"(a)(b)?", "ac")
print(m2.groups(), m2.groups("missing"), m2.group(2), m2.span(2))
print(re.search(r"^b", "a\nb"), re.search(r"^b", "a\nb", re.M).span())
