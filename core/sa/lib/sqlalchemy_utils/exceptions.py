"""sqlalchemy_utils.exceptions."""


class ImproperlyConfigured(Exception):
    """A type used in a way its package cannot support (a missing option or library)."""
