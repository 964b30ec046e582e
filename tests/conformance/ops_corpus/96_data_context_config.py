"""A script that reads the database URL from the migration context's Config (op.get_context().config,
engine_from_config) to check for a table first, and type hints naming sqlalchemy.engine.Dialect

Revision ID: ops96
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy import engine_from_config
from sqlalchemy.engine import Dialect
from sqlalchemy.engine.default import DefaultDialect


# revision identifiers, used by Alembic.
revision = 'ops96'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE users (
	id INTEGER NOT NULL, 
	name VARCHAR(64), 
	PRIMARY KEY (id)
);
INSERT INTO users VALUES (1, 'ada');
"""


class Trimmed(sa.types.TypeDecorator):
    impl = sa.String
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect):
        if isinstance(dialect, Dialect) and isinstance(dialect, DefaultDialect):
            return dialect.type_descriptor(sa.String(32))
        return dialect.type_descriptor(sa.Text())


def table_exists(table, schema=None):
    config = op.get_context().config
    engine = engine_from_config(config.get_section(config.config_ini_section), prefix="sqlalchemy.")
    insp = sa.inspect(engine)
    return insp.has_table(table, schema)


def upgrade():
    if not table_exists("users"):
        op.create_table("users", sa.Column("id", sa.Integer(), primary_key=True))
    if not table_exists("groups"):
        op.create_table("groups", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("name", Trimmed()))


def downgrade():
    if table_exists("groups"):
        op.drop_table("groups")
