# revlab: ran more than
# python: never ends; the bare except would catch the sandbox's budget error if it were catchable
while True:
    try:
        while True:
            pass
    except:
        pass
