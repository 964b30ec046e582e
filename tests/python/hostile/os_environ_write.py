# revlab: is not available in Revlab
# python: sets the variable in the process's environment (Revlab's os.environ is read-only and empty)
import os
os.environ["DATABASE_URL"] = "postgresql://elsewhere"
print(os.environ["DATABASE_URL"])
