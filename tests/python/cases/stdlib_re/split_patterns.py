# re.split with plain patterns, capturing groups, maxsplit, and empty matches.
import re
print(re.split(r"[,;]\s*", "a, b;c ,d"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r"\s+", "  leading and trailing  "))
print(re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\d)", "a1b2c"))
print(re.split(r"x", "abc"), re.split(r"", "abc"))
print(re.split(r"\n\s*\n", "para one\nstill one\n\n  para two\n\npara three"))
