# An integer presentation type on a float raises ValueError naming the type.
value = 2.5
print(f"{value:.1f}")
print(f"{value:d}")
