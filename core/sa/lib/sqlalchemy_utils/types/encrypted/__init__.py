"""sqlalchemy_utils.types.encrypted: EncryptedType and StringEncryptedType (see encrypted_type.py)."""
