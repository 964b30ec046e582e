"""ScalarListType(coerce_func=str, separator=','): a TEXT column holding the items joined by the
separator; an item containing the separator cannot be stored."""
import sqlalchemy as sa
from sqlalchemy import types


class ScalarListException(Exception):
    pass


class ScalarListType(types.TypeDecorator):
    impl = sa.UnicodeText()
    cache_ok = True

    def __init__(self, coerce_func=str, separator=","):
        self.separator = str(separator)
        self.coerce_func = coerce_func

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        for item in value:
            if self.separator in str(item):
                raise ScalarListException(
                    "List values can't contain string '%s' (its being used as separator. If you wish "
                    "for scalar list values to contain these strings, use a different separator "
                    "string.)" % self.separator)
        return self.separator.join(str(item) for item in value)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value == "":
            return []
        return [self.coerce_func(item) for item in value.split(self.separator)]
