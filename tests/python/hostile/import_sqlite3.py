# revlab: is not available in Revlab
# python: opens (and creates) a database file of its own choosing
import sqlite3
sqlite3.connect("/tmp/revlab-hostile.db").execute("CREATE TABLE t (x)")
