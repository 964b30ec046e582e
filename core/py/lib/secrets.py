"""Random numbers for secrets (tokens, passwords), from the host's random bytes.

Here: token_bytes, token_hex, token_urlsafe (32 bytes by default), choice, randbelow, randbits,
compare_digest, SystemRandom.
"""

import _revlab
from random import SystemRandom

__all__ = ["choice", "randbelow", "randbits", "SystemRandom", "token_bytes", "token_hex", "token_urlsafe",
           "compare_digest"]

DEFAULT_ENTROPY = 32
_sysrand = SystemRandom()
randbits = _sysrand.getrandbits
choice = _sysrand.choice

_URLSAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def randbelow(exclusive_upper_bound):
    """A random int in [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """nbytes random bytes."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _revlab.urandom(nbytes)


def token_hex(nbytes=None):
    """nbytes random bytes as 2 * nbytes hex digits."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """nbytes random bytes in URL-safe base64, without padding."""
    data = token_bytes(nbytes)
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        chars = [_URLSAFE[(n >> shift) & 63] for shift in (18, 12, 6, 0)]
        out.extend(chars[:len(chunk) + 1])
    return "".join(out)


def compare_digest(a, b):
    """a == b for two strs (ASCII) or two bytes-like objects, as hmac.compare_digest checks them."""
    if isinstance(a, str) and isinstance(b, str):
        if not a.isascii() or not b.isascii():
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        return a == b
    if isinstance(a, (bytes, bytearray)) and isinstance(b, (bytes, bytearray)):
        return bytes(a) == bytes(b)
    raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                    % (type(a).__name__, type(b).__name__))
