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
    def upgrade_ops_list(self):
        return [self.upgrade_ops]

    @property
    def downgrade_ops_list(self):
        return [self.downgrade_ops]


def _revlab_directives(rev_id, message, head, splice, branch_label, upgrades, downgrades):
    """[MigrationScript] for the hook: `upgrades`/`downgrades` are the operations' descriptions."""
    return [MigrationScript(rev_id, UpgradeOps([MigrateOperation(d) for d in upgrades]),
                            DowngradeOps([MigrateOperation(d) for d in downgrades]), message=message,
                            head=head, splice=splice, branch_label=branch_label)]
