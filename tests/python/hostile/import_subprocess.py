# revlab: is not available in Revlab
# python: runs a process
import subprocess
subprocess.run(["echo", "this ran a process"])
