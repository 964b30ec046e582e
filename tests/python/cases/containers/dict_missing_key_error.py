# A missing dict key raises KeyError with the key's repr.
config = {"url": "sqlite://", "echo": False}
print(config["url"])
print(config.get("pool_size", 5))
print(config["pool_size"])
