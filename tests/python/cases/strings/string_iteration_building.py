# Building strings in loops; reversing words; counting characters by hand.
text = "the rain in spain stays mainly in the plain"
words = text.split()
print(" ".join(reversed(words)))
print(" ".join(w[::-1] for w in words))
print(" ".join(w.capitalize() for w in words))
counts = {}
for ch in text:
    if ch != " ":
        counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
acronym = ""
for w in "portable network graphics".split():
    acronym += w[0].upper()
print(acronym)
out = []
for i, w in enumerate(words):
    if i % 2:
        out.append(w.upper())
    else:
        out.append(w)
print("_".join(out))
print(len(text), text.count(" ") + 1 == len(words))
