"""EmailType(length=255): a VARCHAR(length) holding the address lower-cased."""
import sqlalchemy as sa


class EmailType(sa.types.TypeDecorator):
    impl = sa.Unicode
    cache_ok = True

    def __init__(self, length=255, *args, **kwargs):
        super().__init__(*args, length=length, **kwargs)

    def process_bind_param(self, value, dialect):
        return value.lower() if value is not None else value
