# uuid3 (MD5) and uuid5 (SHA-1) are deterministic for a namespace and a name.
import uuid
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
for name in ["example.com", "python.org", "", "ünïcode"]:
    print(repr(name), uuid.uuid5(uuid.NAMESPACE_DNS, name), uuid.uuid3(uuid.NAMESPACE_DNS, name))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/users/1"))
u5 = uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3")
print(u5.version, u5.variant, u5.hex, uuid.uuid3(uuid.NAMESPACE_X500, "cn=admin").version)
custom_ns = uuid.UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
print(uuid.uuid5(custom_ns, "row-42") == uuid.uuid5(uuid.NAMESPACE_DNS, "row-42"))
ids = {uuid.uuid5(uuid.NAMESPACE_DNS, f"user{i}") for i in range(3)}
print(len(ids), sorted(str(i) for i in ids))
