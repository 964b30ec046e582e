# ChainMap looks keys up through several mappings; writes go to the first.
from collections import ChainMap
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["user"], len(cfg), sorted(cfg), cfg.get("missing", "-"))
cfg["color"] = "blue"
print(cli, defaults["color"], cfg["color"], dict(cfg) == {"color": "blue", "user": "admin"})
child = cfg.new_child({"user": "root"})
print(child["user"], cfg["user"], list(child.maps[0]))
