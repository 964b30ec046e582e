# revlab: used more than | ran more than
# python: list() of an endless generator grows until memory runs out
def forever():
    while True:
        yield 1
items = list(forever())
