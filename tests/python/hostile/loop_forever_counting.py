# revlab: ran more than
# python: never ends; the int grows by one each turn, so memory stays flat
n = 0
while n >= 0:
    n += 1
