"""Alembic's exceptions, and the one an op.* call raises in Revlab when it fails.

An operation that fails (SQLite refuses its SQL, or Revlab's checks refuse its arguments) raises
OperationError in the script, so that `try: op.drop_constraint(...) except Exception: pass` goes
on as it does under Alembic. Uncaught, it fails the step with the operation's own message and place.
"""


class CommandError(Exception):
    pass


class OperationError(Exception):
    """An op.* or batch_op.* call that failed: str(error) is Revlab's message for it."""
