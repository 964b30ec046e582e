# A class body runs once, top to bottom, at definition; names defined there become attributes.
print("before class")
class Settings:
    print("inside class body")
    DEBUG = False
    if DEBUG:
        LEVEL = "debug"
    else:
        LEVEL = "info"
    NAMES = []
    for n in range(3):
        NAMES.append(f"n{n}")
    del n
    def method(self):
        return self.LEVEL
print("after class")
print(Settings.LEVEL, Settings.NAMES, hasattr(Settings, "n"), Settings().method())
print(sorted(k for k in vars(Settings) if not k.startswith("__")))
