# Unicode case mappings: multi-code-point upper (ß, ŉ, ﬁ, ΐ), title and capitalize with titlecase digraphs, casefold, the final-sigma rule of lower(), swapcase, and the case predicates
words = ["Straße", "ŉ", "ﬁnal ﬂow", "ΐ", "ǆungla ǉubav", "ΟΔΥΣΣΕΥΣ", "ΣΟΦΟΣ.", "Σ", "ΑΣ'Σ", "a Σ b", "İstanbul",
         "MÜNCHEN café", "ǅ", "ﬀ", "Ǉ ǈ ǉ", "ᾳ ᾼ", "o'neil mcdonald", "ÉCOLE élève"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()),
          repr(w.casefold()), w.isupper(), w.islower(), w.istitle())
print("ǅ".isupper(), "ǅ".islower(), "ǅ".istitle(), "Ǆ".isupper(), "ǆ".islower())
print(sorted({w.casefold() for w in ["Straße", "STRASSE", "strasse"]}))
