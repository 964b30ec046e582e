# configparser: sections, defaults, interpolation, multi-line values, types, errors.
import configparser
cp = configparser.ConfigParser()
cp.read_string("""
[DEFAULT]
here = /srv/app

[alembic]
script_location = %(here)s/migrations
sqlalchemy.url = sqlite:///%(here)s/app.db
# a comment
; another
file_template = %%(rev)s_%%(slug)s
truncate_slug_length = 40
revision_environment = false
long =
    first line
    second line

[Empty Section]
""")
print(cp.sections(), cp.has_section("alembic"), cp.has_option("alembic", "HERE"), cp.defaults())
print(cp.get("alembic", "script_location"), cp.get("alembic", "sqlalchemy.url"), cp.get("alembic", "file_template"))
print(cp.get("alembic", "file_template", raw=True), cp.getint("alembic", "truncate_slug_length"), cp.getboolean("alembic", "revision_environment"))
print(repr(cp.get("alembic", "long")), cp["alembic"]["here"], list(cp["Empty Section"]), cp.get("alembic", "missing", fallback="fb"))
print(sorted(cp.options("alembic")), dict(cp.items("alembic", raw=True))["script_location"])
for call in (lambda: cp.get("nope", "x"), lambda: cp.get("alembic", "nope"), lambda: cp["nope"]):
    try:
        call()
    except (configparser.Error, KeyError) as e:
        print(type(e).__name__, e)
try:
    configparser.ConfigParser().read_string("key = value")
except configparser.MissingSectionHeaderError as e:
    print(type(e).__name__, e)
raw = configparser.RawConfigParser()
raw.read_dict({"s": {"k": "%(nope)s", "n": 5}})
print(raw.get("s", "k"), raw.get("s", "n"), "s" in raw, len(raw))
