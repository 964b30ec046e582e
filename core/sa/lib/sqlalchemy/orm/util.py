"""sqlalchemy.orm.util: aliased() (AliasedClass)."""


class AliasedClass:
    """aliased(User): the class's columns on an alias of its table, for self-joins and subqueries;
    query(aliased) loads the class's objects from the alias's columns."""

    def __init__(self, mapped_class_or_ac, alias=None, name=None, flat=False, adapt_on_names=False,
                 with_polymorphic_mappers=(), with_polymorphic_discriminator=None, base_alias=None,
                 use_mapper_path=False, represents_outer_join=False):
        mapper = getattr(mapped_class_or_ac, "__mapper__", None)
        if mapper is None:
            from .. import exc

            raise exc.ArgumentError("aliased() takes a mapped class, not %r" % (mapped_class_or_ac,))
        object.__setattr__(self, "_aliased_mapper", mapper)
        object.__setattr__(self, "_aliased_table", alias if alias is not None else mapper.local_table.alias(name))
        object.__setattr__(self, "_aliased_name", name or mapper.class_.__name__)

    def _aliased_columns(self):
        return [self._aliased_table.c[col.key] for _, col in self._aliased_mapper._props]

    def __getattr__(self, key):
        if key.startswith("__"):
            raise AttributeError(key)
        for k, col in self._aliased_mapper._props:
            if k == key:
                return self._aliased_table.c[col.key]
        raise AttributeError("type object 'AliasedClass' has no attribute %r" % key)

    def __clause_element__(self):
        return self._aliased_table

    @property
    def __table__(self):
        return self._aliased_table

    def __repr__(self):
        return "<AliasedClass at 0x0; %s>" % self._aliased_mapper.class_.__name__


def aliased(element, alias=None, name=None, flat=False, adapt_on_names=False):
    """An alias of a mapped class (AliasedClass), or of a table or subquery (its .alias())."""
    if getattr(element, "__mapper__", None) is not None:
        return AliasedClass(element, alias=alias, name=name, flat=flat, adapt_on_names=adapt_on_names)
    return element.alias(name=name)
