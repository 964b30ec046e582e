# Custom exception hierarchies, extra attributes, custom __str__, catching by base class.
class RevlabError(Exception):
    """Base of the project's errors."""
class RevisionNotFound(RevlabError):
    def __init__(self, rid):
        super().__init__(f"Can't locate revision identified by '{rid}'")
        self.rid = rid
class MultipleHeads(RevlabError):
    def __init__(self, heads):
        self.heads = heads
    def __str__(self):
        return f"Multiple heads are present: {', '.join(self.heads)}"
for exc in (RevisionNotFound("abc123"), MultipleHeads(["a1", "b2"]), RevlabError("generic")):
    try:
        raise exc
    except RevlabError as e:
        print(type(e).__name__, "|", e, "|", e.args, "|", getattr(e, "rid", None))
print(repr(RevisionNotFound("x")), repr(MultipleHeads(["h"])))
print(RevisionNotFound.__mro__[1].__name__, RevlabError.__doc__)
class WithDefault(Exception):
    def __init__(self, message="default message"):
        super().__init__(message)
print(str(WithDefault()), str(WithDefault("given")))
