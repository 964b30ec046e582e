# A misplaced break is a SyntaxError, reported before anything runs.
print("this line never prints: the file does not compile")
def f():
    break
