# secrets: only the lengths and character sets of tokens, never their values.
import secrets
import string
print(len(secrets.token_hex(16)), len(secrets.token_hex()), len(secrets.token_bytes(8)), len(secrets.token_urlsafe(16)))
hex_token = secrets.token_hex(20)
print(all(c in "0123456789abcdef" for c in hex_token), type(hex_token).__name__)
url_token = secrets.token_urlsafe(32)
print(all(c in string.ascii_letters + string.digits + "-_" for c in url_token), len(url_token))
print(secrets.choice(["only"]), secrets.randbelow(1), 0 <= secrets.randbelow(10) < 10)
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"a", b"b"), secrets.token_hex(0))
alphabet = string.ascii_letters + string.digits
password = "".join(secrets.choice(alphabet) for _ in range(12))
print(len(password), all(c in alphabet for c in password))
