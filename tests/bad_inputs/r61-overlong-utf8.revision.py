# \xc0\xaf is an overlong '/'
revision = 'bad000000001'
