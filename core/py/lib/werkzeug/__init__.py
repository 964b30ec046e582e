"""Werkzeug, as far as migrations import it: werkzeug.security's password hashing (2.2's formats)."""

__version__ = "2.2.2"
