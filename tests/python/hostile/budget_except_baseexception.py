# revlab: ran more than
# python: never ends: every exception, BaseException included, is caught and the loop restarted
def spin():
    while True:
        pass
while True:
    try:
        spin()
    except BaseException:
        continue
