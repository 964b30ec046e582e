from app.extensions import db


class A(db.Model):
    __tablename__ = 'same'
    id = db.Column(db.Integer, primary_key=True)


class B(db.Model):
    __tablename__ = 'same'
    id = db.Column(db.Integer, primary_key=True)
