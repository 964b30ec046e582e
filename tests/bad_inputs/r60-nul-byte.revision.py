revision = 'bad\x00000001'
