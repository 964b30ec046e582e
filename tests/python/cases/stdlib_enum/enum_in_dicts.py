# Enum members as dict keys and in sets; mapping to and from values, as models use them.
from enum import Enum
class Role(Enum):
    ADMIN = "admin"
    EDITOR = "editor"
    VIEWER = "viewer"
perms = {Role.ADMIN: {"read", "write", "delete"}, Role.EDITOR: {"read", "write"}, Role.VIEWER: {"read"}}
for role in Role:
    print(role.name, sorted(perms[role]))
print(perms[Role("editor")] == {"read", "write"}, Role.ADMIN in perms, "admin" in perms)
by_value = {r.value: r for r in Role}
print(by_value["viewer"], [r.value for r in Role], {r.name: r.value for r in Role})
choices = [(r.value, r.name.title()) for r in Role]
print(choices)
print(len({Role.ADMIN, Role.ADMIN, Role.VIEWER}), sorted(r.value for r in {Role.ADMIN, Role.VIEWER}))
