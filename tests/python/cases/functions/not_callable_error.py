# Calling something that is not a function raises TypeError.
handlers = {"up": len}
print(handlers["up"]("abc"))
count = 3
print(count())
