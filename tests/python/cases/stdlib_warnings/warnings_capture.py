# warnings.warn under catch_warnings(record=True): category, message, filters, once per place.
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("old API", DeprecationWarning)
    warnings.warn("plain")
    warnings.warn(UserWarning("instance"))
print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.warn("dropped")
print(len(caught))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("loop warning")
print(len(caught), caught[0].lineno > 0 if caught else None)
with warnings.catch_warnings(record=True) as caught:
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", category=RuntimeWarning)
    warnings.warn("skip this")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
print(len(caught), warnings.formatwarning("msg", UserWarning, "file.py", 3, "x = 1"), end="")
