# textwrap.wrap and fill at several widths, with indents and long words.
import textwrap
text = ("Alembic is a lightweight database migration tool for usage with the SQLAlchemy Database Toolkit "
        "for Python. It provides a system for creating and managing change scripts.")
for width in (30, 50):
    print(textwrap.wrap(text, width=width))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("a verylongwordthatdoesnotfit here", width=10))
print(textwrap.wrap("a verylongwordthatdoesnotfit here", width=10, break_long_words=False))
print(textwrap.wrap("", width=10), textwrap.wrap("   ", width=10), textwrap.wrap("one", width=10))
print(textwrap.fill("tabs\tand\nnewlines   collapse", width=80))
print(textwrap.wrap("hyphen-ated words split-here ok", width=12))
