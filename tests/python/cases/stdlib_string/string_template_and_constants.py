# string constants, capwords, and Template substitution as migration templates use it.
import string
print(string.ascii_lowercase, string.digits, string.hexdigits, len(string.punctuation), repr(string.whitespace))
print(string.capwords("add  users table"), string.capwords("a-b c-d", "-"))
t = string.Template("ALTER TABLE $table ADD COLUMN ${column}_id INTEGER; -- $$5 by $who")
print(t.substitute(table="users", column="org", who="me"))
print(t.safe_substitute(table="users"))
print(t.substitute({"table": "t", "column": "c"}, who="kw"))
print(string.Template("$x and $y").get_identifiers(), string.Template("$").is_valid(), string.Template("$a").is_valid())
try:
    t.substitute(table="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("cost: $ 5").substitute()
except ValueError as e:
    print("ValueError", e)
class Percent(string.Template):
    delimiter = "%"
print(Percent("%who owes %{amount}").substitute(who="bob", amount=5))
print(string.Formatter().format("{0}-{name}-{1!r}", "a", "b", name="n"), list(string.Formatter().parse("x{a:>3}y")))
