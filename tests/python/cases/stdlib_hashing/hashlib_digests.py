# sha256, md5, sha1 hexdigests of bytes and encoded text; incremental update; digest sizes.
import hashlib
for data in [b"", b"abc", "grüße".encode("utf-8"), b"a" * 1000]:
    print(hashlib.sha256(data).hexdigest(), hashlib.md5(data).hexdigest())
print(hashlib.sha1(b"revlab").hexdigest(), hashlib.sha512(b"x").hexdigest()[:32])
h = hashlib.sha256()
h.update(b"hello ")
h.update(b"world")
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), h.name, h.digest_size, h.block_size)
print(hashlib.md5(b"abc").digest(), len(hashlib.sha256(b"").digest()), hashlib.new("sha256", b"abc").hexdigest()[:16])
email = "  Ann@Example.COM "
print(hashlib.md5(email.strip().lower().encode()).hexdigest())
def fingerprint(row):
    return hashlib.sha256("|".join(str(v) for v in row).encode()).hexdigest()[:12]
print([fingerprint(r) for r in [(1, "a", None), (2, "b", 3.5)]])
