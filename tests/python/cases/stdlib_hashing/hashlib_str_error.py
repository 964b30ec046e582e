# Hashing a str instead of bytes raises TypeError.
import hashlib
print(hashlib.sha256("text".encode()).hexdigest()[:8])
print(hashlib.sha256("text").hexdigest())
