"""batch on a table with triggers, views and an expression index: Revlab keeps them all (Alembic fails on the view, loses the trigger and the index)

Revision ID: ops55
Revises: 
Create Date: 2026-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = 'ops55'
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
CREATE TABLE audit (user_id INTEGER PRIMARY KEY, changes INTEGER);
INSERT INTO audit VALUES (1, 0), (2, 0), (3, 0);
CREATE TRIGGER users_email_lower AFTER UPDATE OF email ON users BEGIN UPDATE users SET email = lower(email) WHERE id = new.id; END;
CREATE TRIGGER audit_guard BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit rows stay') WHERE (SELECT count(*) FROM users) > 0; END;
CREATE VIEW named_users AS SELECT id, name FROM users WHERE name IS NOT NULL;
CREATE VIEW named_count AS SELECT count(*) AS n FROM named_users;
CREATE INDEX ix_users_lower_name ON users (lower(name));
"""
EXPECT = 'improved: the rebuild makes again the views, triggers and expression indexes SQLite drops with the table'


def upgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.alter_column('email', existing_type=sa.VARCHAR(length=120), type_=sa.String(length=200))
    op.execute("UPDATE users SET email = 'B@Example.com' WHERE id = 2")


def downgrade():
    op.execute("UPDATE users SET email = NULL WHERE id = 2")
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.alter_column('email', existing_type=sa.String(length=200), type_=sa.VARCHAR(length=120))
