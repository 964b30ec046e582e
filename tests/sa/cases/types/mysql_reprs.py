# MySQL types as generic_repr prints them (to_inspect chains: _IntegerType, _StringType, SET, fsp)
import sqlalchemy as sa
from sqlalchemy.dialects import mysql
for t in [mysql.INTEGER(display_width=1), mysql.INTEGER(unsigned=True), mysql.BIGINT(11, zerofill=True), mysql.VARCHAR(10, charset="utf8"),
          mysql.VARCHAR(length=5, collation="utf8_bin", binary=True), mysql.TEXT(), mysql.NUMERIC(10, 2, unsigned=True), mysql.FLOAT(), mysql.FLOAT(5, 2),
          mysql.DOUBLE(asdecimal=True), mysql.REAL(), mysql.DECIMAL(), mysql.TINYINT(1), mysql.CHAR(3, national=True), mysql.DATETIME(fsp=6), mysql.ENUM('a','b')]:
    print(repr(t))
print(repr(mysql.SET("a","b")), repr(mysql.SET("x", charset="utf8")), repr(mysql.TIME(fsp=3)), repr(mysql.TIMESTAMP(True)), repr(mysql.BIT(3)))
