# !r, !s and !a conversions in f-strings and str.format, on str and on objects.
class Thing:
    def __repr__(self):
        return "Thing(é)"
    def __str__(self):
        return "a thing"
t = Thing()
s = "café \n"
print(f"{s!r} {s!s} {s!a}")
print(f"{t} {t!r} {t!s} {t!a}")
print(f"{t!r:>12}|{s!r:.4}|")
print("{0!r} {0!s} {0!a}".format(s))
print("{!r} and {}".format(t, t))
print(f"{[s]} {[t]} {(t,)}")
print(f"{42!r} {4.0!s} {None!r} {b'x'!r} {'q'!a}")
