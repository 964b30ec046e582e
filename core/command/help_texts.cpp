// From `flask db <verb> --help` of Flask-Migrate 4.0.4 (click 8), "python -m flask" shown as "flask";
// `check` (Flask-Migrate 4.0.5+) and `migrate --no-rename-detection` are Revlab additions.
#include "command/args.hpp"

namespace revlab::command {

const char* verb_help(const std::string& verb) {
    if (verb.empty())
        return R"HELP(Usage: flask db [OPTIONS] COMMAND [ARGS]...

  Perform database migrations.

Options:
  --help  Show this message and exit.

Commands:
  branches        Show current branch points
  check           Check if there are any new operations to migrate
  current         Display the current revision for each database.
  downgrade       Revert to a previous version
  edit            Edit a revision file
  heads           Show current available heads in the script directory
  history         List changeset scripts in chronological order.
  init            Creates a new migration repository.
  list-templates  List available templates.
  merge           Merge two revisions together, creating a new revision file
  migrate         Autogenerate a new revision file (Alias for 'revision...
  revision        Create a new revision file.
  show            Show the revision denoted by the given symbol.
  stamp           'stamp' the revision table with the given revision;...
  upgrade         Upgrade to a later version
)HELP";
    if (verb == "init")
        return R"HELP(Usage: flask db init [OPTIONS]

  Creates a new migration repository.

Options:
  -d, --directory TEXT  Migration script directory (default is "migrations")
  --multidb             Support multiple databases
  -t, --template TEXT   Repository template to use (default is "flask")
  --package             Write empty __init__.py files to the environment and
                        version locations
  --help                Show this message and exit.
)HELP";
    if (verb == "revision")
        return R"HELP(Usage: flask db revision [OPTIONS]

  Create a new revision file.

Options:
  -d, --directory TEXT  Migration script directory (default is "migrations")
  -m, --message TEXT    Revision message
  --autogenerate        Populate revision script with candidate migration
                        operations, based on comparison of database to model
  --sql                 Don't emit SQL to database - dump to standard output
                        instead
  --head TEXT           Specify head revision or <branchname>@head to base new
                        revision on
  --splice              Allow a non-head revision as the "head" to splice onto
  --branch-label TEXT   Specify a branch label to apply to the new revision
  --version-path TEXT   Specify specific path from config for version file
  --rev-id TEXT         Specify a hardcoded revision id instead of generating
                        one
  --help                Show this message and exit.
)HELP";
    if (verb == "migrate")
        return R"HELP(Usage: flask db migrate [OPTIONS]

  Autogenerate a new revision file (Alias for 'revision --autogenerate')

Options:
  -d, --directory TEXT  Migration script directory (default is "migrations")
  -m, --message TEXT    Revision message
  --sql                 Don't emit SQL to database - dump to standard output
                        instead
  --head TEXT           Specify head revision or <branchname>@head to base new
                        revision on
  --splice              Allow a non-head revision as the "head" to splice onto
  --branch-label TEXT   Specify a branch label to apply to the new revision
  --version-path TEXT   Specify specific path from config for version file
  --rev-id TEXT         Specify a hardcoded revision id instead of generating
                        one
  -x, --x-arg TEXT      Additional arguments consumed by custom env.py scripts
  --no-rename-detection Write a drop and an add instead of a detected rename
                        (Revlab's own option)
  --help                Show this message and exit.
)HELP";
    if (verb == "check")
        return R"HELP(Usage: flask db check [OPTIONS]

  Check if there are any new operations to migrate

Options:
  -d, --directory TEXT  Migration script directory (default is "migrations")
  --help                Show this message and exit.
)HELP";
    if (verb == "edit")
        return R"HELP(Usage: flask db edit [OPTIONS] [REVISION]

  Edit a revision file

Options:
  -d, --directory TEXT  Migration script directory (default is "migrations")
  --help                Show this message and exit.
)HELP";
    if (verb == "merge")
        return R"HELP(Usage: flask db merge [OPTIONS] [REVISIONS]...

  Merge two revisions together, creating a new revision file

Options:
  -d, --directory TEXT  Migration script directory (default is "migrations")
  -m, --message TEXT    Merge revision message
  --branch-label TEXT   Specify a branch label to apply to the new revision
  --rev-id TEXT         Specify a hardcoded revision id instead of generating
                        one
  --help                Show this message and exit.
)HELP";
    if (verb == "upgrade")
        return R"HELP(Usage: flask db upgrade [OPTIONS] [REVISION]

  Upgrade to a later version

Options:
  -d, --directory TEXT  Migration script directory (default is "migrations")
  --sql                 Don't emit SQL to database - dump to standard output
                        instead
  --tag TEXT            Arbitrary "tag" name - can be used by custom env.py
                        scripts
  -x, --x-arg TEXT      Additional arguments consumed by custom env.py scripts
  --help                Show this message and exit.
)HELP";
    if (verb == "downgrade")
        return R"HELP(Usage: flask db downgrade [OPTIONS] [REVISION]

  Revert to a previous version

Options:
  -d, --directory TEXT  Migration script directory (default is "migrations")
  --sql                 Don't emit SQL to database - dump to standard output
                        instead
  --tag TEXT            Arbitrary "tag" name - can be used by custom env.py
                        scripts
  -x, --x-arg TEXT      Additional arguments consumed by custom env.py scripts
  --help                Show this message and exit.
)HELP";
    if (verb == "show")
        return R"HELP(Usage: flask db show [OPTIONS] [REVISION]

  Show the revision denoted by the given symbol.

Options:
  -d, --directory TEXT  Migration script directory (default is "migrations")
  --help                Show this message and exit.
)HELP";
    if (verb == "history")
        return R"HELP(Usage: flask db history [OPTIONS]

  List changeset scripts in chronological order.

Options:
  -d, --directory TEXT    Migration script directory (default is "migrations")
  -r, --rev-range TEXT    Specify a revision range; format is [start]:[end]
  -v, --verbose           Use more verbose output
  -i, --indicate-current  Indicate current version (Alembic 0.9.9 or greater
                          is required)
  --help                  Show this message and exit.
)HELP";
    if (verb == "heads")
        return R"HELP(Usage: flask db heads [OPTIONS]

  Show current available heads in the script directory

Options:
  -d, --directory TEXT    Migration script directory (default is "migrations")
  -v, --verbose           Use more verbose output
  --resolve-dependencies  Treat dependency versions as down revisions
  --help                  Show this message and exit.
)HELP";
    if (verb == "branches")
        return R"HELP(Usage: flask db branches [OPTIONS]

  Show current branch points

Options:
  -d, --directory TEXT  Migration script directory (default is "migrations")
  -v, --verbose         Use more verbose output
  --help                Show this message and exit.
)HELP";
    if (verb == "current")
        return R"HELP(Usage: flask db current [OPTIONS]

  Display the current revision for each database.

Options:
  -d, --directory TEXT  Migration script directory (default is "migrations")
  -v, --verbose         Use more verbose output
  --help                Show this message and exit.
)HELP";
    if (verb == "stamp")
        return R"HELP(Usage: flask db stamp [OPTIONS] [REVISION]

  'stamp' the revision table with the given revision; don't run any migrations

Options:
  -d, --directory TEXT  Migration script directory (default is "migrations")
  --sql                 Don't emit SQL to database - dump to standard output
                        instead
  --tag TEXT            Arbitrary "tag" name - can be used by custom env.py
                        scripts
  --help                Show this message and exit.
)HELP";
    if (verb == "list-templates")
        return R"HELP(Usage: flask db list-templates [OPTIONS]

  List available templates.

Options:
  --help  Show this message and exit.
)HELP";
    return nullptr;
}

} // namespace revlab::command
