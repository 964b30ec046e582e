"""op.bulk_insert's rows, bound as SQLAlchemy binds them.

Alembic's bulk_insert executes `table.insert()` with the rows, so SQLAlchemy runs each value through
its column's type. Revlab's operations layer stores the values itself, as the built-in type each
column type records stores them (operations/literals.cpp), so the Python part of binding runs here
first: a TypeDecorator's process_bind_param (a GUID's UUID becomes its hex text), a
UserDefinedType's bind_processor, an Enum's member becoming its name. A value this cannot bind
raises where the script called bulk_insert, with the type's own exception (LookupError, ValueError).
"""
from sqlalchemy.sql.elements import ClauseElement
from sqlalchemy.sql.type_api import _sqlite_dialect


def bind_rows(table, rows):
    """The rows with their values bound through the table's column types. Anything that is not a
    table with columns, or a list of dicts, is given back as is: the operation reports it."""
    columns = getattr(table, "c", None)
    if columns is None or not isinstance(rows, (list, tuple)):
        return rows
    import _revlab_sa

    if rows and not _revlab_sa.offline() and hasattr(table, "insert"):
        # Alembic executes table.insert() on its connection: its cache key reaches an sa.table()'s types
        from sqlalchemy.sql import cache_warnings

        cache_warnings.warn_types(cache_warnings.external_types(table.insert()))
    dialect = _sqlite_dialect()
    out = []
    for row in rows:
        if not isinstance(row, dict):
            out.append(row)
            continue
        bound = {}
        for key, value in row.items():
            column = columns.get(key) if isinstance(key, str) else None
            # op.inline_literal(), sa.null(), sa.text(): SQL, not a value to bind.
            if column is not None and not isinstance(value, ClauseElement):
                value = column.type._revlab_prebind(value, dialect)
            bound[key] = value
        out.append(bound)
    return out
