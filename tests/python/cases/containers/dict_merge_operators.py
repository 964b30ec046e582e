# | and |= merge dicts (right side wins); {**a, **b} does the same.
defaults = {"host": "localhost", "port": 5432, "debug": False}
overrides = {"port": 6543, "debug": True, "user": "admin"}
print(defaults | overrides)
print(overrides | defaults)
print({**defaults, **overrides})
print({**defaults, "port": 1, **{"x": 2}})
cfg = dict(defaults)
cfg |= overrides
print(cfg, defaults)
cfg |= [("extra", 1)]
print(cfg)
print(dict(defaults, port=1, new=2))
