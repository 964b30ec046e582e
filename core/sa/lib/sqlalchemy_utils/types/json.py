"""JSONType: on SQLite a TEXT column holding json.dumps(value) (ASCII-escaped, default
separators); None stays NULL, unlike sa.JSON, which stores 'null'."""
import json

import sqlalchemy as sa


class JSONType(sa.types.TypeDecorator):
    impl = sa.UnicodeText
    cache_ok = True

    def load_dialect_impl(self, dialect):
        return dialect.type_descriptor(self.impl)

    def process_bind_param(self, value, dialect):
        if value is not None:
            value = json.dumps(value)
        return value

    def process_result_value(self, value, dialect):
        if value is not None:
            value = json.loads(value)
        return value
