"""The visits demo: one model, user_visits, and its migration history."""
