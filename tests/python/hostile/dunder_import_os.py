# revlab: is not available in Revlab
# python: __import__('os') returns the os module; system runs a shell command
__import__("os").system("echo this ran a shell command")
