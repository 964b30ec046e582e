# A placeholder longer than the width raises ValueError.
import textwrap
print(textwrap.shorten("some text here", width=9))
print(textwrap.shorten("some text here", width=4))
