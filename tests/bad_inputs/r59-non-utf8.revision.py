# caf\xe9 in Latin-1
revision = 'bad000000001'
