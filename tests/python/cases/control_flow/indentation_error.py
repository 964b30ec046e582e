# Inconsistent indentation is an IndentationError before anything runs.
print("never printed")
if True:
        x = 1
    y = 2
