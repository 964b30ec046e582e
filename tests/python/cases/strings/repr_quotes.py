# repr() of strings picks its quotes from the content and escapes what it must.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "new\nline", "tab\t", "back\\slash",
           "", "'", '"', "'\"", "é", "中文", "😀", "\x00", "\u200b", "\u2028", "\x1b[0m", "\ud800",
           "\U0001F600 smile", "caf\u00e9", "\xa0", "\xad", "\u0301"]
for s in samples:
    print(repr(s), ascii(s))
print(str(["it's", 'a"b', "\n"]))
print({"key's": "val\"ue"})
print(repr(repr("x")), str(repr("x")))
