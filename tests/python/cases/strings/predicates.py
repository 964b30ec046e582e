# The is* predicates on ASCII, non-ASCII and empty strings.
samples = ["abc", "ABC", "Abc", "abc123", "123", "12.5", "", " ", "\t\n", "Hello World",
           "hello world", "²", "½", "٣", "éè", "_id", "id_2", "2id", "class", "Ⅻ", "a b"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isascii(), s.isprintable())
print("\x00".isprintable(), "\n".isprintable(), "é".isprintable())
