# Asking for a group that does not exist raises IndexError.
import re
m = re.match(r"(?P<name>\w+)", "users")
print(m.group("name"))
print(m.group("missing"))
