"""werkzeug.security as Werkzeug 2.2 writes it: "method$salt$hash" with PBKDF2-SHA256 by default,
so a password hashed by a data migration in Revlab checks under the real application."""

import hashlib
import hmac
import secrets

SALT_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
DEFAULT_PBKDF2_ITERATIONS = 260000


def gen_salt(length):
    if length <= 0:
        raise ValueError("Salt length must be positive")
    return "".join(secrets.choice(SALT_CHARS) for _ in range(length))


def _hash_internal(method, salt, password):
    if method == "plain":
        return password, method
    salt = salt.encode("utf-8")
    password = password.encode("utf-8")
    if method.startswith("pbkdf2:"):
        args = method[7:].split(":")
        if len(args) not in (1, 2):
            raise ValueError("Invalid number of arguments for PBKDF2")
        method = args.pop(0)
        iterations = int(args[0] or 0) if args else DEFAULT_PBKDF2_ITERATIONS
        return (hashlib.pbkdf2_hmac(method, password, salt, iterations).hex(), f"pbkdf2:{method}:{iterations}")
    if salt:
        return hmac.new(salt, password, method).hexdigest(), method
    return hashlib.new(method, password).hexdigest(), method


def generate_password_hash(password, method="pbkdf2:sha256", salt_length=16):
    salt = gen_salt(salt_length) if method != "plain" else ""
    h, actual_method = _hash_internal(method, salt, password)
    return f"{actual_method}${salt}${h}"


def check_password_hash(pwhash, password):
    if pwhash.count("$") < 2:
        return False
    method, salt, hashval = pwhash.split("$", 2)
    return hmac.compare_digest(_hash_internal(method, salt, password)[0], hashval)
