"""What the sandbox says about its platform: a Linux machine running CPython 3.11.2, as the
Debian Python that real Flask-Migrate runs on. Nothing here reads the host."""

__all__ = ["system", "machine", "node", "release", "version", "platform", "python_version",
           "python_version_tuple", "python_implementation", "uname", "architecture", "processor"]


def system():
    return "Linux"


def machine():
    return "x86_64"


def processor():
    return ""


def node():
    return "revlab"


def release():
    return ""


def version():
    return ""


def platform(aliased=False, terse=False):
    return "Linux"


def python_version():
    return "3.11.2"


def python_version_tuple():
    return ("3", "11", "2")


def python_implementation():
    return "CPython"


def architecture(executable=None, bits="", linkage=""):
    return ("64bit", "ELF")


class uname_result(tuple):
    _fields = ("system", "node", "release", "version", "machine")

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    @property
    def processor(self):
        return ""

    def __repr__(self):
        return "uname_result(%s)" % ", ".join("%s=%r" % (f, v) for f, v in zip(self._fields, self))


def uname():
    return uname_result((system(), node(), release(), version(), machine()))
