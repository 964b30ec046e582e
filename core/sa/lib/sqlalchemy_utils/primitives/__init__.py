"""sqlalchemy_utils.primitives: the values CountryType and CurrencyType load.

The real ones look their names up in Babel's locale data, which Revlab does not carry: these keep
the code, compare and print as the real ones do, and have no `name` or `symbol`.
"""


class _Coded:
    def __init__(self, code):
        if isinstance(code, type(self)):
            code = code.code
        if not isinstance(code, str):
            raise TypeError("First argument given to %s constructor should be either an instance of %s "
                            "or valid %s code." % (type(self).__name__, type(self).__name__, self._kind))
        self.code = code

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return self.code == other.code
        if isinstance(other, str):
            return self.code == other
        return NotImplemented

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self.code)

    def __str__(self):
        return self.code

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.code)


class Country(_Coded):
    """An ISO 3166-1 alpha-2 country code ('FI'). str() is the code (the real one gives the name)."""

    _kind = "country"


class Currency(_Coded):
    """An ISO 4217 currency code ('EUR')."""

    _kind = "three letter currency"
