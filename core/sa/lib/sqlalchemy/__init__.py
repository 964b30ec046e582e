"""SQLAlchemy 1.4's public names, as Revlab's interpreter runs them (placeholder until the library lands)."""
__version__ = "1.4.46"
