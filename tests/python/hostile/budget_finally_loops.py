# revlab: ran more than
# python: never ends; when the try's loop is stopped, the finally's loop starts
try:
    while True:
        pass
finally:
    while True:
        pass
