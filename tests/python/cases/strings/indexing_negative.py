# Indexing strings with positive and negative ints, and iterating characters.
s = "Revlab"
for i in range(-len(s), len(s)):
    print(i, s[i], end="; ")
print()
print([c for c in s], list(s), tuple("ab"))
print(s[0].isupper(), s[-1] * 3, s[len(s) // 2])
for i, c in enumerate("xyz"):
    print(i, c)
print(len(s), len(""), len("\n"), len("é"), len("中文"), len("😀"))
