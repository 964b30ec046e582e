# An exception with an empty string message: the last line is the bare type name.
raise ValueError("")
