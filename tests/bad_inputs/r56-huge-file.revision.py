# a comment line that is repeated until the file passes 4 MiB
