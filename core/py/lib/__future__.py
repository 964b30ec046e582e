"""The __future__ features: `from __future__ import annotations` keeps annotations as text."""


class _Feature:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "_Feature(%r)" % (self.name,)


annotations = _Feature("annotations")
division = _Feature("division")
absolute_import = _Feature("absolute_import")
print_function = _Feature("print_function")
unicode_literals = _Feature("unicode_literals")
generator_stop = _Feature("generator_stop")
with_statement = _Feature("with_statement")
nested_scopes = _Feature("nested_scopes")
generators = _Feature("generators")
