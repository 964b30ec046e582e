# Default arguments: keyword use, evaluation at definition time, the shared mutable default.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
counter = 10
def snapshot(value=counter):
    return value
counter = 20
print(snapshot(), snapshot(5), counter)
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def append_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(append_safe(1), append_safe(2))
print(greet.__defaults__, append_to.__defaults__, snapshot.__defaults__)
def calls():
    print("default evaluated")
    return 0
def f(x=calls()):
    return x
print("defined", f(), f())
