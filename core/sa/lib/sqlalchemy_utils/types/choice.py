"""ChoiceType(choices, impl=None): a VARCHAR(255) (or `impl`) holding a choice's code.

`choices` is a list of (code, label) pairs, whose values load as Choice objects, or a Python enum
class, whose members are stored by VALUE (not by name, as sa.Enum stores them)."""
from enum import Enum

from sqlalchemy import types

from ..exceptions import ImproperlyConfigured
from .scalar_coercible import ScalarCoercible


class Choice:
    """A (code, label) pair; equal to another Choice, or to a plain value, by its code."""

    def __init__(self, code, value):
        self.code = code
        self.value = value

    def __eq__(self, other):
        if isinstance(other, Choice):
            return self.code == other.code
        return other == self.code

    def __hash__(self):
        return hash(self.code)

    def __ne__(self, other):
        return not self == other

    def __str__(self):
        return str(self.value)

    def __repr__(self):
        return "Choice(code={code}, value={value})".format(code=self.code, value=self.value)


class _Pairs:
    """Choices given as (code, label) pairs."""

    def __init__(self, choices):
        if not choices:
            raise ImproperlyConfigured("ChoiceType needs list of choices defined.")
        self.labels = dict(choices)

    def coerce(self, value):
        if value is None or isinstance(value, Choice):
            return value
        return Choice(value, self.labels[value])

    def bind(self, value):
        # A falsy value or a plain code is stored as given.
        return value.code if value and isinstance(value, Choice) else value

    def load(self, value):
        return Choice(value, self.labels[value]) if value else value


class _Members:
    """Choices given as an enum class: a member, or a value of one, is stored as its value."""

    def __init__(self, enum_class):
        if not issubclass(enum_class, Enum):
            raise ImproperlyConfigured("EnumType needs a class of enum defined.")
        self.enum_class = enum_class

    def coerce(self, value):
        return None if value is None else self.enum_class(value)

    def bind(self, value):
        return None if value is None else self.enum_class(value).value

    def load(self, value):
        return self.coerce(value)


class ChoiceType(ScalarCoercible, types.TypeDecorator):
    impl = types.Unicode(255)
    cache_ok = True

    def __init__(self, choices, impl=None):
        self.choices = tuple(choices) if isinstance(choices, list) else choices
        if isinstance(choices, type) and issubclass(choices, Enum):
            self.type_impl = _Members(choices)
        else:
            self.type_impl = _Pairs(choices)
        if impl:
            self.impl = impl

    @property
    def python_type(self):
        return self.impl.python_type

    def _coerce(self, value):
        return self.type_impl.coerce(value)

    def process_bind_param(self, value, dialect):
        return self.type_impl.bind(value)

    def process_result_value(self, value, dialect):
        return self.type_impl.load(value)
