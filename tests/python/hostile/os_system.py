# revlab: is not available in Revlab
# python: runs a shell command
import os
os.system("echo this ran a shell command")
