from datetime import datetime
from app.extensions import db


class UserVisit(db.Model):
    __tablename__ = 'user_visits'
    id = db.Column(db.Integer, primary_key=True)
    ip_address = db.Column(db.String(45), nullable=False, index=True)
    user_agent = db.Column(db.String(255))
    visited_at = db.Column(db.DateTime, default=datetime.utcnow)
    visit_count = db.Column(db.Integer, nullable=False, default=1)
