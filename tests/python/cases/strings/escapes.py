# Escape sequences in literals, raw strings, and what print and repr show.
print("tab:\tend", "nl:\\n", "quote:\"", 'apos:\'', "backslash:\\")
print(len("\n"), len("\\n"), len(r"\n"), len("\x41"), "\x41\u0042\U00000043\N{LATIN SMALL LETTER E WITH ACUTE}")
print("\101\102\7" == "AB\a", "\0" == "\x00", len("\0"))
print(r"C:\new\table", r"\d+\.\d+", len(r"\\"))
print("line1\
continued")
print("""triple "quoted" 'text'
spans lines""")
print('''it's''', """a\"b""")
print("adjacent " "literals " 'join')
print(repr("\r\n\t\x0b\x0c\a\b"), repr("\x7f\x80\x9f\xa0"))
print(repr(b"\n\x00\xff"), repr("\\"), repr("\\'"))
