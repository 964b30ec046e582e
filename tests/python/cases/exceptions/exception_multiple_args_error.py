# An uncaught exception with several arguments shows the tuple.
raise ValueError("bad value", 42)
