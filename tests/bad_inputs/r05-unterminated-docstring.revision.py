"""add a column

revision = 'bad000000001'
down_revision = '44e3cc49892c'
