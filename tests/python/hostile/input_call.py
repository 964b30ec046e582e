# revlab: is not available in Revlab
# python: waits for a line on stdin (EOFError when stdin is closed)
name = input("name? ")
