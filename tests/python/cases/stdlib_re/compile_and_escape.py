# Compiled patterns and their methods; re.escape for literal text in patterns.
import re
word = re.compile(r"\b[a-z_][a-z0-9_]*\b")
print(word, word.pattern, word.findall("id user_name 2x x2"), word.search("  abc").span())
print(word.match("abc def").group(), word.fullmatch("abc"), word.sub("W", "a b"), word.split("a b"))
print(re.compile(r"(\d+)") .findall("10 20"), re.compile("x", re.I))
print(re.escape("a.b*c?"), re.escape("users (old)"), re.escape("1+1=2"), re.escape("plain_text"))
literal = "price: $5.00 (approx)"
print(re.search(re.escape("$5.00"), literal).span(), re.findall(re.escape("(") + r"\w+" + re.escape(")"), literal))
table = "user.name"
print(re.sub(re.escape(table), "account.name", "select user.name, username from user"))
print(re.compile(r"a+") == re.compile(r"a+"), re.compile(r"a+") == re.compile(r"a+", re.I))
