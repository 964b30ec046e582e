# An invalid pattern raises re.error with the position.
import re
print(re.findall(r"(a)", "a"))
re.compile(r"(unclosed")
