# sqlalchemy_utils EncryptedType/StringEncryptedType (DDL of their impl, engines and paddings, NULL passes) and TSVectorType (TSVECTOR cannot render on SQLite)
import warnings
warnings.simplefilter("ignore")
import sqlalchemy as sa
import sqlalchemy_utils as su
from sqlalchemy_utils import EncryptedType, StringEncryptedType, TSVectorType
from sqlalchemy_utils.types.encrypted.encrypted_type import FernetEngine, AesEngine
from sqlalchemy.dialects import sqlite
e = EncryptedType(sa.Text, "key", FernetEngine)
s = StringEncryptedType(sa.Integer, "k", AesEngine, "pkcs5")
for t in (e, s, su.TSVectorType("a", "b")):
    try:
        print(type(t).__name__, t.compile(dialect=sqlite.dialect()), t.impl)
    except Exception as ex:
        print(type(t).__name__, type(ex).__name__)
print(e.process_bind_param(None, None), type(s.engine).__name__, type(s.engine.padding_engine).__name__)
