# Raising something that is not an exception raises TypeError.
try:
    raise "a string"
except TypeError as e:
    print("TypeError:", e)
raise 42
