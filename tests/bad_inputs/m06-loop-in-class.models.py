from app.extensions import db


class Visit(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    for i in range(3):
        pass
