# pass, docstring-only and ellipsis bodies.
def nothing():
    pass
def documented():
    """Only a docstring."""
def stub():
    ...
class Empty:
    pass
class Doc:
    "class docstring"
print(nothing(), documented(), stub(), Empty.__name__, Doc.__doc__, documented.__doc__)
for _ in range(2):
    pass
if True:
    pass
else:
    print("never")
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
while False:
    pass
print("done")
