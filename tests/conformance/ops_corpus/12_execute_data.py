"""data migrations: op.execute with a string and sa.text, and the bind connection

Revision ID: ops12
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops12'
down_revision = None
branch_labels = None
depends_on = None

# Run on a fresh database before the first upgrade, by the conformance harness and the unit suite.
SEED = """
CREATE TABLE users (
	id INTEGER NOT NULL, 
	name VARCHAR(50) NOT NULL, 
	email VARCHAR(120), 
	PRIMARY KEY (id)
);
INSERT INTO users VALUES (1, 'ann', 'ann@example.com'), (2, 'bob', NULL), (3, 'cy', 'cy@example.com');
"""
# The migration adds or removes rows on purpose: the unit suite does not count them.
ROWS = 'changed: inserts a row'


def upgrade():
    op.add_column('users', sa.Column('display', sa.String(length=100), nullable=True))
    op.execute("UPDATE users SET display = upper(name)")
    op.execute(sa.text("UPDATE users SET display = display || ' <' || email || '>' WHERE email IS NOT NULL"))
    conn = op.get_bind()
    conn.execute(sa.text("UPDATE users SET name = name || '!' WHERE id = 2"))
    op.get_bind().execute(sa.text("INSERT INTO users (id, name, email, display) VALUES (4, 'dee', NULL, 'DEE')"))


def downgrade():
    op.execute("DELETE FROM users WHERE id = 4")
    op.execute(sa.text("UPDATE users SET name = rtrim(name, '!') WHERE id = 2"))
    op.drop_column('users', 'display')
