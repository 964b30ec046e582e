# float() of a non-number string raises ValueError quoting it.
print(float("1.5"))
print(float("one point five"))
