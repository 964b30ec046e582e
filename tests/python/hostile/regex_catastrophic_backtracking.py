# revlab: ran more than
# python: (a+)+$ against 40 a's and a b backtracks 2**40 times: runs for days
import re
print(re.match(r"(a+)+$", "a" * 40 + "b"))
