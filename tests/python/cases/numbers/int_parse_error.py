# int() of a non-number string raises ValueError naming the text and base.
print(int("12"))
print(int("ff", 16))
print(int("12abc"))
