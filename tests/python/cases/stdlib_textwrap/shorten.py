# textwrap.shorten collapses whitespace and cuts at word boundaries with a placeholder.
import textwrap
s = "Hello  world!   This is a fairly long sentence."
for width in (12, 20, 30, 60):
    print(width, repr(textwrap.shorten(s, width=width)))
print(textwrap.shorten(s, width=25, placeholder="..."))
print(textwrap.shorten("Short", width=10), repr(textwrap.shorten("   ", width=10)))
print(textwrap.shorten("add users table and indexes on email", 24, placeholder=" [cut]"))
