# Reading a missing attribute on the class itself raises AttributeError for the type object.
class Config:
    URL = "sqlite://"
print(Config.URL)
print(Config.ECHO)
