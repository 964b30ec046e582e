"""sqlalchemy.dialects: sqlite is the dialect Revlab runs; postgresql and mysql hold the type names
revision scripts import (their DDL on SQLite is the migration layer's business)."""
