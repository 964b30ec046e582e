# Using a failed match (None) as a Match raises AttributeError.
import re
m = re.match(r"\d+", "abc")
print(m)
print(m.group())
