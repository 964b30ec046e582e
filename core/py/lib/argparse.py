"""argparse as far as migrations meet it: Namespace, the object Flask-Migrate gives env.py as
config.cmd_opts. The command line parser itself (ArgumentParser) is not in the sandbox: Revlab
parses `flask db` itself, and a migration has no command line of its own."""

__all__ = ["Namespace"]


class _AttributeHolder:
    # CPython 3.11's repr: positional args first (none here), then the attributes in the order set, with
    # `**{...}` for names that are not identifiers.
    def __repr__(self):
        type_name = type(self).__name__
        arg_strings = []
        star_args = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                arg_strings.append("%s=%r" % (name, value))
            else:
                star_args[name] = value
        if star_args:
            arg_strings.append("**%s" % repr(star_args))
        return "%s(%s)" % (type_name, ", ".join(arg_strings))


class Namespace(_AttributeHolder):
    """Simple object for storing attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__
