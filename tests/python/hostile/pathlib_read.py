# revlab: is not available in Revlab
# python: prints /etc/passwd through pathlib
from pathlib import Path
print(Path("/etc/passwd").read_text())
