# revlab: ran more than | used more than | printed more than
# python: prints forever
while True:
    print("x" * 1000)
