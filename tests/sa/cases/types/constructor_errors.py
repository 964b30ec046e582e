# Type constructors given arguments they do not take: TypeError as SQLAlchemy's classes raise it (Integer() takes no arguments)
import sqlalchemy as sa
try:
    sa.Integer(display_width=11)
except TypeError as e:
    print(e)
try:
    sa.String(5, foo=1)
except TypeError as e:
    print(e)
try:
    sa.Boolean(x=1)
except TypeError as e:
    print(e)
try:
    sa.DateTime(True, 3)
except TypeError as e:
    print(e)
from sqlalchemy.dialects import mysql
print(repr(sa.Integer()), repr(sa.INTEGER()), repr(mysql.INTEGER(display_width=1)), repr(sa.Date()), repr(sa.BigInteger()))
for f in (lambda: sa.Date(1), lambda: sa.BigInteger(x=1), lambda: sa.SmallInteger(2), lambda: sa.INTEGER(3)):
    try:
        f()
    except TypeError as e:
        print(e)
