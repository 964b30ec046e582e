# revlab: ran more than
# python: never ends; a context manager that suppresses every exception around an endless loop, retried
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return True
while True:
    with Swallow():
        while True:
            pass
