# revlab: ran more than
# python: never ends; each turn calls a function, so every step is short
def step(x):
    return x ^ 1
x = 0
while True:
    x = step(x)
