#!/usr/bin/python3
"""A project's own env.py held against the real Flask-Migrate 4.0.4 / Alembic 1.8.1.

usage: env_vs_flask.py REVLAB [--reference fork|subprocess|both]
    REVLAB is the `revlab` binary, or `flask` to hold the real tool against itself (which tests this comparator).

Each scenario starts both tools from a fresh copy of migrations/visits at head, edits its env.py the way
projects customise it (options given to context.configure, a process_revision_directives hook of their own,
code that prints), changes app/models.py, and runs commands. After each command both tools must agree on the
exit code, stdout and stderr (folder and dates masked, Revlab's own `WARNI [revlab.` lines left out), the new
revision files and the database (autogenerate_vs_flask.py's view of it).
Prints one line per scenario and `N passed, N failed`; exits non-zero on failure.
"""
import argparse
import difflib
import os
import sqlite3
import sys
import tempfile
from contextlib import closing

import flask_reference
from autogenerate_vs_flask import Side, copy_demo, dump_database, new_files
from flask_reference import FLASK_DB

CONFIGURE_ARGS = "current_app.extensions['migrate'].configure_args"

# The demo's model with a column changed (String(255) -> String(300), a type change), and an indexed
# column and a unique column added, so that migrate has a type change, add_column and create_index to render.
MODELS = '''from datetime import datetime
from app.extensions import db


class UserVisit(db.Model):
    __tablename__ = 'user_visits'
    id = db.Column(db.Integer, primary_key=True)
    ip_address = db.Column(db.String(45), nullable=False, index=True)
    user_agent = db.Column(db.String(300))
    visited_at = db.Column(db.DateTime, default=datetime.utcnow)
    visit_count = db.Column(db.Integer, nullable=False, default=1)
    referrer = db.Column(db.String(200), index=True)
    token = db.Column(db.String(32))
'''

# Only what SQLite can do outside batch mode: a new column, its index.
ADDED = MODELS.replace('String(300)', 'String(255)').replace(
    "    token = db.Column(db.String(32))\n", '')

HOOK = '''    def process_revision_directives(context, revision, directives):
        script = directives[0]
        script.rev_id = 'custom%02d' % len(script.upgrade_ops.ops)
        script.message = 'renamed by env.py (was %s)' % script.message
        logger.info('heads were %r' % (revision,))
'''


FILTERS = """
def include_object(obj, name, type_, reflected, compare_to):
    if type_ == 'table' and name.startswith('tmp_'):
        return False
    if type_ == 'table' and reflected and compare_to is None:
        return False  # tables the models do not know stay
    if type_ == 'column' and obj.table.name == 'user_visits' and name == 'token':
        return False
    return True


def include_name(name, type_, parent_names):
    if type_ == 'column':
        return name != 'legacy_note'  # a column only the database has: not dropped
    return True


def run_migrations_offline():"""

TEMP_TABLE = MODELS + '''

class TmpCache(db.Model):
    __tablename__ = 'tmp_cache'
    id = db.Column(db.Integer, primary_key=True)
'''


def configure_with(options):
    """env.py passing `options` to configure() over Flask-Migrate's configure_args."""
    return replace('**' + CONFIGURE_ARGS, '**{**%s, %s}' % (CONFIGURE_ARGS, options))


def replace(old, new):
    def edit(text):
        assert old in text, old
        return text.replace(old, new)
    return edit


def own_hook(text):
    start = text.index('    def process_revision_directives(')
    end = text.index('    connectable = get_engine()')
    return text[:start] + HOOK + '\n' + text[end:]


SCENARIOS = [
    # (name, env.py edit, models.py or None, commands)
    ('render_as_batch=False renders top-level ops', configure_with("'render_as_batch': False"), ADDED,
     [['migrate', '-m', 'plain ops', '--rev-id', 'plain01'], ['upgrade'], ['downgrade'], ['current']]),
    ('compare_type=False misses the type change', configure_with("'compare_type': False"), MODELS,
     [['migrate', '-m', 'no types', '--rev-id', 'notype01'], ['upgrade']]),
    ('no process_revision_directives: an empty revision is written', replace(
        'process_revision_directives=process_revision_directives,', ''), None,
     [['migrate', '-m', 'empty', '--rev-id', 'empty01'], ['upgrade'], ['current']]),
    ('a hook of its own renames the revision', own_hook, MODELS,
     [['migrate', '-m', 'hooked', '--rev-id', 'hook01'], ['upgrade'], ['history']]),
    ('target_metadata=None refuses autogenerate', replace('target_metadata=get_metadata(),',
                                                          'target_metadata=None,'), MODELS,
     [['migrate', '-m', 'nothing'], ['upgrade'], ['current']]),
    ('include_object and include_name leave objects out', lambda text: configure_with(
        "'include_object': include_object, 'include_name': include_name")(
            text.replace('\ndef run_migrations_offline():', FILTERS, 1)), TEMP_TABLE,
     ["sql:CREATE TABLE legacy_stuff (id INTEGER PRIMARY KEY, note TEXT)",
      "sql:ALTER TABLE user_visits ADD COLUMN legacy_note TEXT",
      ['migrate', '-m', 'filtered', '--rev-id', 'filter01'], ['upgrade'], ['downgrade']]),
    ('version_table keeps the revisions in a table of its own', configure_with("'version_table': 'my_versions'"),
     ADDED, ["sql:DROP TABLE alembic_version", "sql:DROP TABLE user_visits",
             ['upgrade'], ['current'], ['migrate', '-m', 'own table', '--rev-id', 'own01'], ['upgrade'],
             ['downgrade', 'base'], ['stamp', 'head'], ['history', '-i']]),
    ('env.py prints and reads its config', replace(
        "target_db = current_app.extensions['migrate'].db",
        "target_db = current_app.extensions['migrate'].db\n"
        "print('script_location', config.get_main_option('script_location'))\n"
        "print('logger keys', config.get_section('loggers'))\n"
        "print('offline', context.is_offline_mode(), 'x', context.get_x_argument())\n"
        "print('url ends with app.db', config.get_main_option('sqlalchemy.url').endswith('app.db'))"), None,
     [['current'], ['downgrade'], ['upgrade', '--sql', '2472b4e8b68e'], ['upgrade']]),
]


def edit_env(folder, edit):
    path = os.path.join(folder, 'migrations', 'env.py')
    with open(path, encoding='utf-8') as f:
        text = f.read()
    with open(path, 'w', encoding='utf-8') as f:
        f.write(edit(text))


def scenario_view(side, edit, models, commands):
    edit_env(side.folder, edit)
    if models:
        with open(os.path.join(side.folder, 'app', 'models.py'), 'w', encoding='utf-8') as f:
            f.write(models)
    versions = os.path.join(side.folder, 'migrations', 'versions')
    before = set(os.listdir(versions))
    lines = []
    for args in commands:
        if isinstance(args, str):  # "sql:STATEMENT", run on the side's database
            with closing(sqlite3.connect(os.path.join(side.folder, 'app.db'))) as conn:
                conn.execute(args[len('sql:'):])
                conn.commit()
            lines.append('$ ' + args)
            continue
        lines += side.db(args)
    return lines + ['[new revision files]'] + new_files(side.folder, before) + ['[database]'] + \
        dump_database(side.folder)


def main(argv):
    parser = argparse.ArgumentParser(prog='env_vs_flask.py')
    parser.add_argument('revlab', metavar='REVLAB_BINARY|flask')
    flask_reference.add_option(parser)
    options = parser.parse_args(argv[1:])
    flask_reference.configure(options.reference)
    if options.revlab == 'flask':
        candidate_argv = FLASK_DB
    else:
        candidate_argv = [os.path.abspath(options.revlab), 'db']
        if not os.access(candidate_argv[0], os.X_OK):
            print('FAIL revlab binary not found: %s\n0 passed, 1 failed' % candidate_argv[0])
            return 1
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix='revlab-env-') as parent:
        for number, (title, edit, models, commands) in enumerate(SCENARIOS):
            reference = Side('flask', FLASK_DB, copy_demo(parent, 'flask%02d' % number))
            name = 'flask' if options.revlab == 'flask' else 'revlab'
            candidate = Side(name, candidate_argv, copy_demo(parent, 'revlab%02d' % number))
            for s in (reference, candidate):
                s.db(['upgrade'])
            expected = scenario_view(reference, edit, models, commands)
            actual = scenario_view(candidate, edit, models, commands)
            label = 'scenario %02d: %s' % (number, title)
            if expected == actual:
                print('ok   ' + label, flush=True)
                passed += 1
                continue
            print('FAIL ' + label, flush=True)
            diff = difflib.unified_diff(expected, actual, reference.name, candidate.name, lineterm='')
            print('\n'.join('     ' + line for line in diff), flush=True)
            failed += 1
    return flask_reference.finish(passed, failed)


if __name__ == '__main__':
    sys.exit(main(sys.argv))
