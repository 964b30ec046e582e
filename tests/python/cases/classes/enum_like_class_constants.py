# Class-level constants used as a namespace, with lookups and iteration over vars().
class Status:
    PENDING = "pending"
    ACTIVE = "active"
    DISABLED = "disabled"
    ALL = (PENDING, ACTIVE, DISABLED)
    @classmethod
    def is_valid(cls, value):
        return value in cls.ALL
print(Status.ACTIVE, Status.ALL, Status.is_valid("active"), Status.is_valid("gone"))
constants = {k: v for k, v in vars(Status).items() if k.isupper() and isinstance(v, str)}
print(constants)
print(getattr(Status, "PENDING"), getattr(Status, "pending".upper()))
