# revlab: maximum recursion depth exceeded | ran more than
# python: RecursionError: maximum recursion depth exceeded while encoding a JSON object
import json
x = {}
for _ in range(100000):
    x = {"k": x}
json.dumps(x)
