# strip, lstrip, rstrip with and without characters; removeprefix/removesuffix.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abcba".lstrip("ab")))
print(repr("www.example.com".strip("cmowz.")), repr("---".strip("-")), repr("".strip()))
print(repr("\u3000wide space\u3000".strip()), repr("\xa0nbsp\xa0".strip()))
print(repr("create_table.py".removesuffix(".py")), repr("test_abc".removeprefix("test_")))
print(repr("abc".removeprefix("x")), repr("abc".removesuffix("")), repr("aaa".removeprefix("a")))
print(repr("path/to/".rstrip("/")), repr("0012300".strip("0")))
print(repr("  mixed  \r\n".rstrip("\r\n")))
