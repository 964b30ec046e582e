# UUID objects from strings in every accepted form; str, repr, hex, int, bytes, version.
import uuid
forms = ["12345678-1234-5678-1234-567812345678", "12345678123456781234567812345678",
         "{12345678-1234-5678-1234-567812345678}", "urn:uuid:12345678-1234-5678-1234-567812345678",
         "12345678-1234-5678-1234-56781234567A".lower(), "A8098C1A-F86E-11DA-BD1A-00112444BE1E"]
for f in forms:
    u = uuid.UUID(f)
    print(str(u), u.hex, repr(u))
u = uuid.UUID("a8098c1a-f86e-11da-bd1a-00112444be1e")
print(u.int, u.version, u.variant, u.urn, u.bytes, len(u.bytes))
print(uuid.UUID(int=1), uuid.UUID(bytes=b"\x00" * 15 + b"\x01") == uuid.UUID(int=1), uuid.UUID(hex="0" * 32))
print(u == uuid.UUID(str(u)), u == str(u), str(u) == "a8098c1a-f86e-11da-bd1a-00112444be1e", hash(u) == hash(uuid.UUID(u.hex)))
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1)]), uuid.UUID(int=2) < uuid.UUID(int=10))
print(f"{u}", "%s" % u, u.hex[:12], str(u).replace("-", "") == u.hex, uuid.UUID(int=0).version)
