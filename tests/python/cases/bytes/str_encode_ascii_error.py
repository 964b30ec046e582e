# Encoding non-ASCII text to ASCII raises UnicodeEncodeError.
print("plain".encode("ascii"))
print("naïve".encode("ascii"))
