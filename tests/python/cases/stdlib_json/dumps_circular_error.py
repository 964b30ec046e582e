# A list that contains itself cannot be serialized.
import json
data = [1]
print(json.dumps(data))
data.append(data)
print(json.dumps(data))
