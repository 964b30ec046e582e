# \xed\xa0\x80 encodes a UTF-16 surrogate
revision = 'bad000000001'
