from app.extensions import db


class Visit(db.Model):
    name = db.Column(db.String(50))
