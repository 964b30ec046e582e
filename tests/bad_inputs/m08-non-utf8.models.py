from app.extensions import db


class Visit(db.Model):
    # \xff\xfe
    id = db.Column(db.Integer, primary_key=True)
