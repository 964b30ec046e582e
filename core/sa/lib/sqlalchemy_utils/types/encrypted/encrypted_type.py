"""StringEncryptedType and EncryptedType of SQLAlchemy-Utils 0.38.2, with its engines' names.

The column types are real: their DDL is their impl's (EncryptedType a BLOB, StringEncryptedType a
VARCHAR), and they take the same arguments (type_in, key, engine, padding). Revlab's sandbox has no
`cryptography` (AES, Fernet), so a value cannot be encrypted or decrypted: binding or loading a
non-NULL value through one raises ImproperlyConfigured saying so. NULLs pass, as in the real type.
"""
import hashlib

import sqlalchemy as sa
from sqlalchemy.types import LargeBinary, String, TypeDecorator

from sqlalchemy_utils.exceptions import ImproperlyConfigured
from sqlalchemy_utils.types.encrypted.padding import PADDING_MECHANISM
from sqlalchemy_utils.types.scalar_coercible import ScalarCoercible


class InvalidCiphertextError(Exception):
    pass


def _no_cryptography(what):
    raise ImproperlyConfigured(
        "Revlab cannot %s: its sandbox has no 'cryptography' package (AES, Fernet); a migration that"
        " writes or reads encrypted values runs only under the real tool" % what)


class EncryptionDecryptionBaseEngine:
    def _update_key(self, key):
        if isinstance(key, str):
            key = key.encode()
        engine_key = hashlib.sha256(key).digest()
        self._initialize_engine(engine_key)

    def _initialize_engine(self, parent_class_key):
        self.secret_key = parent_class_key

    def encrypt(self, value):
        _no_cryptography("encrypt a value (%s)" % type(self).__name__)

    def decrypt(self, value):
        _no_cryptography("decrypt a value (%s)" % type(self).__name__)


class AesEngine(EncryptionDecryptionBaseEngine):
    BLOCK_SIZE = 16

    def _set_padding_mechanism(self, padding_mechanism=None):
        if isinstance(padding_mechanism, str):
            if padding_mechanism not in PADDING_MECHANISM.keys():
                raise ImproperlyConfigured("There is not padding mechanism with name {}".format(padding_mechanism))
        if padding_mechanism is None:
            padding_mechanism = "naive"
        padding_class = PADDING_MECHANISM[padding_mechanism]
        self.padding_engine = padding_class(self.BLOCK_SIZE)


class AesGcmEngine(EncryptionDecryptionBaseEngine):
    BLOCK_SIZE = 16
    IV_BYTES_NEEDED = 12
    TAG_SIZE_BYTES = BLOCK_SIZE


class FernetEngine(EncryptionDecryptionBaseEngine):
    pass


class StringEncryptedType(TypeDecorator, ScalarCoercible):
    impl = String
    cache_ok = True

    def __init__(self, type_in=None, key=None, engine=None, padding=None, **kwargs):
        super().__init__(**kwargs)
        if type_in is None:
            type_in = String()
        elif isinstance(type_in, type):
            type_in = type_in()
        self.underlying_type = type_in
        self._key = key
        if not engine:
            engine = AesEngine
        self.engine = engine()
        if isinstance(self.engine, AesEngine):
            self.engine._set_padding_mechanism(padding)

    @property
    def key(self):
        return self._key

    @key.setter
    def key(self, value):
        self._key = value

    def _update_key(self):
        key = self._key() if callable(self._key) else self._key
        self.engine._update_key(key)

    def process_bind_param(self, value, dialect):
        if value is not None:
            self._update_key()
            return self.engine.encrypt(value)

    def process_result_value(self, value, dialect):
        if value is not None:
            self._update_key()
            return self.engine.decrypt(value)

    def _coerce(self, value):
        if isinstance(self.underlying_type, ScalarCoercible):
            return self.underlying_type._coerce(value)
        return value


class EncryptedType(StringEncryptedType):
    impl = LargeBinary

    def process_bind_param(self, value, dialect):
        value = super().process_bind_param(value=value, dialect=dialect)
        if isinstance(value, str):
            value = value.encode()
        return value

    def process_result_value(self, value, dialect):
        if isinstance(value, bytes):
            value = value.decode()
            value = super().process_result_value(value=value, dialect=dialect)
        return value


_unused = sa
