"""The visits backend: records every visit, and brings its database up to date at start (see migrations/README.md)."""
import glob
import os

from flask import Flask, request
from flask_migrate import upgrade

from app.extensions import db, migrate
from app.models import UserVisit

BASE_DIR = os.path.dirname(os.path.abspath(__file__))
MIGRATIONS_DIR = os.path.join(BASE_DIR, 'migrations')

app = Flask(__name__)
app.config['SQLALCHEMY_DATABASE_URI'] = 'sqlite:///' + os.path.join(BASE_DIR, 'app.db')
db.init_app(app)
migrate.init_app(app, db, directory=MIGRATIONS_DIR)


@app.route('/')
def index():
    db.session.add(UserVisit(ip_address=request.remote_addr, user_agent=request.user_agent.string[:255]))
    db.session.commit()
    return {'visits': UserVisit.query.count()}


def init_database():
    """自动应用迁移: upgrade to head at start. 首次运行: with no migration history yet, create the tables."""
    with app.app_context():
        if glob.glob(os.path.join(MIGRATIONS_DIR, 'versions', '*.py')):
            upgrade()
        else:
            db.create_all()


# Under the `flask` command (`flask db upgrade`, `flask db downgrade` ...) the command alone decides what happens to
# the database; Flask sets FLASK_RUN_FROM_CLI for it, as it does to keep app.run() from starting a server.
if os.environ.get('FLASK_RUN_FROM_CLI') != 'true':
    init_database()

if __name__ == '__main__':
    app.run()
