# revlab: ran more than
# python: never ends (an empty infinite loop)
while True:
    pass
