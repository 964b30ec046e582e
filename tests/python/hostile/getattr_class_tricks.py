# revlab: is not available in Revlab
# python: getattr with computed names walks to object.__subclasses__ like the dotted form
cls = getattr((), "__cl" + "ass__")
base = getattr(cls, "__ba" + "se__")
print(getattr(base, "__subcl" + "asses__")())
