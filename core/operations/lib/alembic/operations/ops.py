"""alembic.operations.ops: the directives autogenerate hands to env.py's process_revision_directives.

A MigrationScript holds the new revision's id, message and heads, and its UpgradeOps/DowngradeOps. Revlab
renders the operations itself: here each is an opaque MigrateOperation, so that a hook can count them, see
whether there are none (is_empty()), drop the revision (directives[:] = []), or change rev_id and message,
which the command then reads back.
"""


class MigrateOperation:
    def __init__(self, description=""):
        self.description = description

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self.description)


class OpContainer(MigrateOperation):
    def __init__(self, ops=()):
        self.ops = list(ops)

    def is_empty(self):
        return not self.ops

    def as_diffs(self):
        return [op.description for op in self.ops]


class UpgradeOps(OpContainer):
    def __init__(self, ops=(), upgrade_token="upgrades"):
        super().__init__(ops=ops)
        self.upgrade_token = upgrade_token


class DowngradeOps(OpContainer):
    def __init__(self, ops=(), downgrade_token="downgrades"):
        super().__init__(ops=ops)
        self.downgrade_token = downgrade_token


class MigrationScript(MigrateOperation):
    """The new revision. upgrade_ops / downgrade_ops may be given as a list, one UpgradeOps per database
    (Flask-Migrate's --multidb env.py configures one context per bind); the singular attribute then
    refuses, as Alembic's does."""

    def __init__(self, rev_id, upgrade_ops, downgrade_ops, message=None, imports=set(), head=None, splice=None,
                 branch_label=None, version_path=None, depends_on=None):
        self.rev_id = rev_id
        self.message = message
        self.imports = imports
        self.head = head
        self.splice = splice
        self.branch_label = branch_label
        self.version_path = version_path
        self.depends_on = depends_on
        self.upgrade_ops = upgrade_ops
        self.downgrade_ops = downgrade_ops

    @property
    def upgrade_ops(self):
        if len(self._upgrade_ops) > 1:
            raise ValueError("This MigrationScript instance has a multiple-entry list for UpgradeOps; please use "
                             "the upgrade_ops_list attribute.")
        return self._upgrade_ops[0] if self._upgrade_ops else None

    @upgrade_ops.setter
    def upgrade_ops(self, upgrade_ops):
        self._upgrade_ops = list(upgrade_ops) if isinstance(upgrade_ops, (list, tuple)) else [upgrade_ops]

    @property
    def downgrade_ops(self):
        if len(self._downgrade_ops) > 1:
            raise ValueError("This MigrationScript instance has a multiple-entry list for DowngradeOps; please "
                             "use the downgrade_ops_list attribute.")
        return self._downgrade_ops[0] if self._downgrade_ops else None

    @downgrade_ops.setter
    def downgrade_ops(self, downgrade_ops):
        self._downgrade_ops = list(downgrade_ops) if isinstance(downgrade_ops, (list, tuple)) else [downgrade_ops]

    @property
    def upgrade_ops_list(self):
        return self._upgrade_ops

    @property
    def downgrade_ops_list(self):
        return self._downgrade_ops


def _revlab_directives(rev_id, message, head, splice, branch_label, ops_list):
    """[MigrationScript] for the hook: `ops_list` holds, for each database, (upgrade_token,
    downgrade_token, upgrades, downgrades), the operations as descriptions."""
    upgrades = [UpgradeOps([MigrateOperation(d) for d in ups], upgrade_token=up_token)
                for up_token, down_token, ups, downs in ops_list]
    downgrades = [DowngradeOps([MigrateOperation(d) for d in downs], downgrade_token=down_token)
                  for up_token, down_token, ups, downs in ops_list]
    return [MigrationScript(rev_id, upgrades, downgrades, message=message, head=head, splice=splice,
                            branch_label=branch_label)]
