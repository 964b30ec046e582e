# revlab: maximum recursion depth exceeded
# python: RecursionError: maximum recursion depth exceeded
def down():
    return down()
down()
