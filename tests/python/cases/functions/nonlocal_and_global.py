# global and nonlocal: rebinding names of enclosing scopes.
count = 0
def bump():
    global count
    count += 1
    return count
bump()
bump()
print(count)
def make():
    level = 1
    def middle():
        level = 2
        def inner():
            nonlocal level
            level += 10
            return level
        r = inner()
        return r, level
    return middle(), level
print(make())
def set_new_global():
    global created_later
    created_later = "made inside a function"
set_new_global()
print(created_later)
x = "module"
def reads_global():
    return x
def shadows():
    x = "local"
    return x
print(reads_global(), shadows(), x)
