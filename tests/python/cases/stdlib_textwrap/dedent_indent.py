# textwrap.dedent and indent, as migrations use them to lay out SQL.
import textwrap
sql = textwrap.dedent("""\
    CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        name TEXT
    );
    """)
print(sql, end="")
print(repr(textwrap.dedent("  a\n    b\n  c")), repr(textwrap.dedent("\ta\n\tb")), repr(textwrap.dedent("  a\n\n  b\n")))
print(repr(textwrap.dedent("  mixed\n\tindent")), repr(textwrap.dedent("no indent\n  some")))
print(textwrap.indent("line one\nline two\n\nline four", "> "))
print(textwrap.indent("a\n\nb", "+ ", predicate=lambda line: True))
print(repr(textwrap.indent("x\ny\n", "    ")))
