# Case conversion methods, including non-ASCII letters.
words = ["hello world", "HELLO World", "hELLO wORLD", "it's a dog's life", "straße", "ǅemal", "ΣΑΣ", "123abc def"]
for w in words:
    print(repr(w.upper()), repr(w.lower()), repr(w.title()))
    print("  ", repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
print("ß".upper(), "ß".casefold(), "ß".lower() == "ss", "ß".casefold() == "ss")
print("İ".lower(), len("İ".lower()))
print("ﬁ".upper(), "Ǆ".title())
print("Hello".lower() == "hello", "Hello".casefold() == "HELLO".casefold())
print("snake_case_name".replace("_", " ").title().replace(" ", ""))
