# An uncaught custom exception defined in the script prints as `Name: message`.
class MigrationError(Exception):
    pass
def upgrade():
    print("upgrading")
    raise MigrationError("column 'email' already exists")
upgrade()
