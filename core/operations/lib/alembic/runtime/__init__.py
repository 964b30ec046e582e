"""alembic.runtime"""
