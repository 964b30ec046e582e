# Character classes, quantifiers, greedy vs lazy, anchors, alternation, lookarounds.
import re
s = "<b>bold</b> and <i>italic</i>"
print(re.findall(r"<.+>", s), re.findall(r"<.+?>", s), re.findall(r"<(\w+)>", s))
print(re.findall(r"\d{2,3}", "1 12 123 1234"), re.findall(r"\d{2,3}?", "12345"), re.findall(r"colou?r", "color colour"))
print(re.findall(r"[^aeiou\s]+", "queue system"), re.findall(r"[\w.-]+@[\w-]+\.\w+", "x a.b-c@d-e.org y"))
print(re.findall(r"\bcat\b", "cat catalog concat cat."), re.findall(r"\Bcat", "cat catalog concat"))
print(re.findall(r"\s", "a b\tc\nd"), re.findall(r"\S+", " a  bc "), re.findall(r"\D+", "a1b22"))
print(re.findall(r"(?<=\$)\d+", "cost $30 or $45"), re.findall(r"\w+(?=:)", "key: value, other: x"))
print(re.findall(r"\d+(?!px)\b", "10px 20em 30"), re.findall(r"(?<!-)\b\d+", "-5 6 -7 8"))
print(re.findall(r"cat|dog", "hotdog catfish"), re.findall(r"(?:ab)+", "ababab abx"))
print(re.findall(r"[à-ÿ]+", "café naïve"), re.findall(r"\w+", "straße 中文 x_1"))
print(re.match(r"(\d+)\.(\d+)", "3.14").groups(), re.findall(r"^$", ""), re.findall(r"a{0}", "aa"))
