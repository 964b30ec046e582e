# revlab: is not available in Revlab
# python: code objects can be inspected and rebuilt into new functions
def f():
    return 1
print(f.__code__.co_code)
