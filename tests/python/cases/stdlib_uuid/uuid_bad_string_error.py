# A malformed UUID string raises ValueError.
import uuid
print(uuid.UUID("12345678-1234-5678-1234-567812345678"))
print(uuid.UUID("not-a-uuid"))
