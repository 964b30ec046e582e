"""The SQL compiler: statements to SQL text and parameters, as SQLAlchemy 1.4 renders them.

Two dialects (dialects/sqlite/base.py): SQLite (`?` parameters, SQLite's reserved words, 1/0 for
true/false, CURRENT_TIMESTAMP for now(), LIMIT ? OFFSET ?) for execution and compile(dialect=...),
and the default one of str(statement) (`:name` parameters, POSTCOMPILE placeholders for IN lists).

The texts are SQLAlchemy's to the space: "SELECT a, b \\nFROM t \\nWHERE ...", "INSERT INTO t (a)
VALUES (?)", "UPDATE t SET a=? WHERE t.id = ?". Anonymous names follow SQLAlchemy's numbering: one
counter per base name in a statement, shared by labels and parameters (count_1, then :count_2).

- compile_element(): what ClauseElement.compile() returns (a Compiled: str(), .params, .positiontup).
- compile_for_execution(): the SQL and each parameter set as SQLite takes them (bind processors
  applied, IN lists expanded, Column defaults computed); Connection.execute() and op.execute() use it.
- parse_text_binds(): text()'s `:name` parameters, as SQLAlchemy's regular expression finds them.

Not here: statement caching, the "linting" of cartesian products, hints, CTEs, lateral and
RETURNING on SQLite (SQLAlchemy 1.4 refuses it there too).
"""
from .. import exc
from . import elements
from . import operators
from . import selectable
from . import sqltypes
from . import type_api


# ---- text() parameters -----------------------------------------------------------------------------
def _is_word(ch):
    return ch.isalnum() or ch == "_"


def parse_text_binds(text):
    """Splits text() SQL into literal parts and `:name` parameters: (parts, names), where parts
    alternate text / parameter name (odd indexes are names). `\\:x` is a literal `:x`."""
    parts = []
    names = []
    buf = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\\" and i + 1 < n and text[i + 1] == ":":
            # un-escaped \: renders as ':' (and is never a parameter)
            j = i + 2
            while j < n and (_is_word(text[j]) or text[j] == "$"):
                j += 1
            if j < n and text[j] == ":":
                buf.append(text[i:j])
            else:
                buf.append(text[i + 1:j])
            i = j
            continue
        if ch == ":" and (i == 0 or not (_is_word(text[i - 1]) or text[i - 1] in ":\\")):
            j = i + 1
            while j < n and _is_word(text[j]):
                j += 1
            if j > i + 1:
                end = j
                if end < n and text[end] == ":":
                    # (\w+)(?!:) backtracks one character
                    end -= 1
                if end > i + 1:
                    parts.append("".join(buf))
                    buf = []
                    name = text[i + 1:end]
                    parts.append(name)
                    names.append(name)
                    i = end
                    continue
        buf.append(ch)
        i += 1
    parts.append("".join(buf))
    return parts, names


_TEXT_CACHE = {}


def parse_text_cached(text):
    """parse_text_binds(text) plus the text with `?` for each parameter, remembered per text (a data
    migration builds the same text() on every row of its loop)."""
    entry = _TEXT_CACHE.get(text)
    if entry is None:
        parts, names = parse_text_binds(text)
        qmark = "".join(part if i % 2 == 0 else "?" for i, part in enumerate(parts))
        entry = (parts, names, qmark)
        if len(_TEXT_CACHE) > 1000:
            _TEXT_CACHE.clear()
        _TEXT_CACHE[text] = entry
    return entry


# ---- the compiled form --------------------------------------------------------------------------------
class Compiled:
    """What statement.compile() gives: str() is the SQL; params and positiontup its parameters."""

    def __init__(self, compiler):
        self.dialect = compiler.dialect
        self.statement = compiler.statement
        self.string = compiler.string
        self._compiler = compiler
        self.positional = compiler.dialect.positional
        self.binds = compiler.binds
        self._result_columns = compiler.result_columns

    def __str__(self):
        return self.string

    @property
    def positiontup(self):
        if not self.positional:
            return None
        return [name for name, _, _ in self._compiler.bind_order]

    @property
    def params(self):
        return self.construct_params()

    def construct_params(self, params=None):
        out = {}
        for name, bind, _ in self._compiler.bind_order:
            if params and name in params:
                out[name] = params[name]
            elif bind._is_crud and bind._default_column is not None:
                out[name] = None
            elif getattr(bind, "_show_required", False):
                out[name] = _REQUIRED
            else:
                out[name] = bind.effective_value
        return out

    def __repr__(self):
        return "<sqlalchemy.sql.compiler.SQLCompiler object>"


class _Required:
    def __repr__(self):
        return "symbol('REQUIRED')"


_REQUIRED = _Required()


def _dialect_or_default(dialect):
    if dialect is None:
        from ..dialects.sqlite import base

        return base._STR_DIALECT[0]
    return dialect


def compile_element(element, dialect=None, compile_kwargs=None, column_keys=None, **kw):
    dialect = _dialect_or_default(dialect)
    if getattr(element, "_ddl_compile", False):
        from .ddl import DDLCompiler

        return DDLCompiler(dialect, element)
    if isinstance(element, type_api.TypeEngine):
        return element.compile(dialect)
    literal_binds = bool((compile_kwargs or {}).get("literal_binds"))
    compiler = SQLCompiler(dialect, element, literal_binds=literal_binds, column_keys=column_keys)
    return Compiled(compiler)


def _sqlite():
    return type_api._sqlite_dialect()


def compile_for_execution(element, params_list=None, literal_binds=False, dialect=None):
    """(sql, parameters) for SQLite: parameters is one tuple, or with params_list (a list of dicts)
    a list of tuples. For op.execute(): (sql, tuple)."""
    dialect = dialect or _sqlite()
    single = params_list is None
    params_list = params_list or [{}]
    column_keys = None
    if getattr(element, "is_dml", False) and params_list and params_list[0]:
        column_keys = list(params_list[0].keys())
    elif getattr(element, "is_dml", False):
        column_keys = []
    compiler = SQLCompiler(dialect, element, literal_binds=literal_binds, column_keys=column_keys,
                           for_execution=True, execution_params=params_list[0])
    rows = [compiler.positional_values(p) for p in params_list]
    if single:
        return compiler.string, rows[0]
    return compiler.string, rows


class SQLCompiler:
    """Renders one statement (see the module docstring)."""

    def __init__(self, dialect, statement, literal_binds=False, column_keys=None, for_execution=False,
                 execution_params=None):
        self.dialect = dialect
        self.statement = statement
        self.preparer = dialect.identifier_preparer
        self.literal_binds = literal_binds
        self.column_keys = column_keys
        self.for_execution = for_execution
        self.execution_params = execution_params or {}
        self.binds = {}
        self.bind_order = []  # (name, bind, value override or _NO_VALUE)
        self.anon_map = {}
        self.anon_counters = {}
        self.stack = []
        self.result_columns = None
        self.isplaintext = False
        self.isdelete = self.isinsert = self.isupdate = False
        self.uses_execution_params = False
        self._substitutions = getattr(statement, "_bind_substitutions", {})
        self.string = self.process(statement, literal_binds=literal_binds)

    # ---- plumbing ----
    def process(self, element, **kw):
        return element._compile(self, **kw)

    def anon_name(self, element, base, kind="bind"):
        key = (kind, id(element))
        name = self.anon_map.get(key)
        if name is None:
            n = self.anon_counters.get(base, 0) + 1
            self.anon_counters[base] = n
            name = "%s_%d" % (base, n)
            self.anon_map[key] = name
            # keep the element alive while its id is a key
            self.anon_map[("keep", key)] = element
        return name

    def type_ddl(self, type_):
        return self.dialect.type_compiler.process(type_)

    def bindparam_string(self, name, bind, value=None, has_value=False):
        self.bind_order.append((name, bind, value if has_value else _NO_VALUE))
        if self.dialect.positional:
            return "?"
        return ":" + name

    def positional_values(self, params, entry=None, new_binds=None):
        """One execution's parameters, in the order of the `?` marks, converted by their types. With a
        cache entry, the values are those of another statement of the same shape (sql/cache.py),
        whose parameters in walk order are `new_binds`."""
        if entry is not None:
            return self._reuse_values(entry, params, new_binds)
        out = []
        current = None
        for name, bind, override in self.bind_order:
            if override is not _NO_VALUE:
                value = override
            elif bind._is_crud and bind._default_column is not None:
                # A default column of the statement (compiled from the first parameter set's keys):
                # SQLAlchemy computes the default for every row, whatever a later row holds. A default
                # function sees the row's parameters, earlier defaults included.
                if current is None:
                    current = dict(params)
                value = bind._default_column._python_default(bind._default_kind, current)
                current[name] = value
            elif name in params:
                value = params[name]
            elif bind.callable is not None:
                value = bind.callable()
            elif bind.required and bind.value is None:
                raise _MissingParameter(name)
            else:
                value = bind.value
            processor = bind.type._cached_bind_processor(self.dialect)
            if processor is not None:
                value = processor(value)
            out.append(value)
        return tuple(out)

    def _plan(self, entry):
        """How each `?` of this compiled statement gets its value from a statement of the same shape:
        (kind, name, walk index, bind, detail), made once per cache entry."""
        plan = entry.__dict__.get("plan")
        if plan is not None:
            return plan
        index = {}
        for i, orig in enumerate(entry.binds):
            index[orig.key if type(orig) is _ValueSlot else id(orig)] = i
        plan = []
        for name, bind, override in self.bind_order:
            if override is not _NO_VALUE:
                parent = bind._expand_parent
                if parent is not None and id(parent) in index:
                    plan.append((1, name, index[id(parent)], bind, bind._expand_index))
                else:
                    plan.append((0, name, -1, bind, override))
            elif bind._is_crud and bind._default_column is not None:
                plan.append((2, name, -1, bind, None))
            elif bind._value_key is not None:
                plan.append((3, name, index.get(bind._value_key, -1), bind, None))
            else:
                plan.append((4, name, index.get(id(bind), -1), bind, None))
        entry.plan = plan
        return plan

    def _reuse_values(self, entry, params, new_binds):
        out = []
        current = None
        dialect = self.dialect
        for kind, name, i, bind, detail in self._plan(entry):
            if kind == 4:
                if name in params:
                    value = params[name]
                else:
                    if i >= 0:
                        bind = new_binds[i]
                    if bind.callable is not None:
                        value = bind.callable()
                    elif bind.required and bind.value is None:
                        raise _MissingParameter(name)
                    else:
                        value = bind.value
            elif kind == 3:
                value = params[name] if name in params else new_binds[i].value
            elif kind == 2:
                if current is None:
                    current = dict(params)
                value = bind._default_column._python_default(bind._default_kind, current)
                current[name] = value
            elif kind == 1:
                row = new_binds[i].value[detail[0]]
                value = row if detail[1] is None else row[detail[1]]
            else:
                value = detail
            processor = bind.type._cached_bind_processor(dialect)
            if processor is not None:
                value = processor(value)
            out.append(value)
        return tuple(out)

    # ---- columns, labels, binds ----
    def visit_column(self, column, include_table=True, **kw):
        name = column.name
        if name is None:
            raise exc.CompileError("Cannot compile Column object until its 'name' is assigned.")
        if column.is_literal:
            text = name
        else:
            text = self.preparer.quote(name)
        table = column.table
        if table is None or not include_table or not table.named_with_column:
            return text
        if hasattr(table, "_format_name"):
            return table._format_name(self) + "." + text
        prefix = ""
        if table.schema:
            prefix = self.preparer.quote_schema(table.schema) + "."
        return prefix + self.preparer.quote(table.name) + "." + text

    def visit_label(self, label, within_columns_clause=False, within_label_clause=False,
                    render_label_as_label=None, **kw):
        if within_columns_clause and not within_label_clause:
            name = self._label_name(label)
            return (self.process(label.element, within_columns_clause=True, within_label_clause=True, **kw)
                    + " AS " + self.preparer.quote(name))
        if render_label_as_label is label:
            return self.preparer.quote(self._label_name(label))
        return self.process(label.element, within_columns_clause=False, **kw)

    def _label_name(self, label):
        if isinstance(label.name, elements._AnonLabel):
            return label.name.resolve(self)
        return label.name

    def visit_bindparam(self, bind, literal_binds=False, within_columns_clause=False, **kw):
        bind = self._substitutions.get(id(bind), bind)
        if literal_binds or isinstance(bind, elements._InlineLiteral):
            text = self.render_literal_bindparam(bind, **kw)
            if bind.expanding:
                return "(%s)" % text
            return text
        name = self._bind_name(bind)
        existing = self.binds.get(name)
        if existing is not None and existing is not bind:
            if existing.unique or bind.unique:
                raise exc.CompileError("Bind parameter '%s' conflicts with unique bind parameter of the same name" % name)
            if existing.expanding != bind.expanding:
                raise exc.CompileError(
                    "Can't reuse bound parameter name '%s' in both 'expanding' (e.g. within an IN expression) and "
                    "non-expanding contexts.  If this parameter is to receive a list/array value, set "
                    "'expanding=True' on it for expressions that aren't IN, otherwise use a different parameter "
                    "name." % (name,))
            if existing._is_crud or bind._is_crud:
                raise exc.CompileError(
                    "bindparam() name '%s' is reserved for automatic usage in the VALUES or SET clause of this "
                    "insert/update statement.   Please use a name other than column name when using bindparam() "
                    "with insert() or update() (for example, 'b_%s')." % (bind.key, bind.key))
        self.binds[name] = bind
        if bind.expanding:
            if self.for_execution:
                return "(%s)" % self._expand(name, bind, kw.get("_expand_op"))
            self.bind_order.append((name, bind, _NO_VALUE))
            return "(__[POSTCOMPILE_%s])" % name
        return self.bindparam_string(name, bind)

    def _bind_name(self, bind):
        if bind.unique:
            return self.anon_name(bind, bind.key if bind.key else "param")
        return bind.key

    def _expand(self, name, bind, op):
        if name in self.execution_params:
            self.uses_execution_params = True
        values = self.execution_params.get(name, bind.effective_value)
        if values is None:
            values = []
        values = list(values)
        if not values:
            return self.visit_empty_set_expr(bind.type, op)
        out = []
        for i, value in enumerate(values):
            if isinstance(value, tuple):
                types = getattr(bind.type, "types", None) or [sqltypes.NULLTYPE] * len(value)
                inner = []
                for j, v in enumerate(value):
                    sub = elements.BindParameter("%s_%d_%d" % (name, i + 1, j + 1), v,
                                                 type_=types[j] if j < len(types) else None)
                    sub._expand_parent = bind
                    sub._expand_index = (i, j)
                    inner.append(self.bindparam_string(sub.key, sub, v, True))
                out.append("(%s)" % ", ".join(inner))
            else:
                sub = elements.BindParameter("%s_%d" % (name, i + 1), value, type_=bind.type)
                sub._expand_parent = bind
                sub._expand_index = (i, None)
                out.append(self.bindparam_string(sub.key, sub, value, True))
        return ", ".join(out)

    def visit_empty_set_expr(self, type_, op):
        types = getattr(type_, "types", None)
        if self.dialect.name == "sqlite":
            count = len(types) if types else 1
            ones = ", ".join("1" for _ in range(count))
            return "SELECT %s FROM (SELECT %s) WHERE 1!=1" % (ones, ones)
        nulls = "NULL" if not types or len(types) == 1 else "(%s)" % ", ".join("NULL" for _ in types)
        if op is operators.not_in_op:
            return nulls + ") OR (1 = 1"
        return nulls + ") AND (1 != 1"

    def render_literal_bindparam(self, bind, **kw):
        if bind.value is None and bind.callable is None and not bind.expanding:
            return "NULL"
        value = bind.effective_value
        if bind.expanding:
            values = list(value or [])
            if not values:
                return self.visit_empty_set_expr(bind.type, kw.get("_expand_op"))
            if isinstance(values[0], tuple):
                types = getattr(bind.type, "types", None) or []
                return ", ".join(
                    "(%s)" % ", ".join(self.render_literal_value(v, types[j] if j < len(types) else
                                                                 sqltypes._resolve_value_to_type(v))
                                       for j, v in enumerate(row))
                    for row in values)
            return ", ".join(self.render_literal_value(v, bind.type) for v in values)
        return self.render_literal_value(value, bind.type)

    def render_literal_value(self, value, type_):
        if value is None:
            return "NULL"
        processor = type_.dialect_impl(self.dialect).literal_processor(self.dialect)
        if processor is not None:
            try:
                return processor(value)
            except Exception:
                raise exc.CompileError('Could not render literal value "%s" with datatype %s; see parent stack '
                                       "trace for more detail." % (repr(value), type_))
        raise exc.CompileError('No literal value renderer is available for literal value "%s" with datatype %s'
                               % (repr(value), type_))

    def visit_textclause(self, textclause, **kw):
        if not self.stack:
            self.isplaintext = True
        parts = textclause._parts[0]
        out = []
        kw = dict(kw)
        kw.pop("within_columns_clause", None)
        for i, part in enumerate(parts):
            if i % 2 == 0:
                out.append(part)
            else:
                bind = textclause._bindparams.get(part)
                if bind is None:
                    bind = elements.BindParameter(part, required=True)
                out.append(self.process(bind, **kw))
        return "".join(out)

    def visit_textual_select(self, taf, **kw):
        toplevel = not self.stack
        if toplevel:
            self.result_columns = [(c.key, c, c.type) for c in taf.column_args]
        return self.process(taf.element, **kw)

    # ---- operators ----
    def visit_binary(self, binary, **kw):
        op = binary.operator
        if op is operators.not_in_op:
            return "(%s)" % self._generic_binary(binary, op.opstring, _expand_op=op, **kw)
        if op is operators.in_op:
            return self._generic_binary(binary, op.opstring, _expand_op=op, **kw)
        if op is operators.ilike_op or op is operators.not_ilike_op:
            word = "LIKE" if op is operators.ilike_op else "NOT LIKE"
            return "lower(%s) %s lower(%s)" % (self.process(binary.left, **kw), word,
                                                self.process(binary.right, **kw)) + self._escape(binary)
        if op in (operators.like_op, operators.not_like_op):
            return "%s%s%s" % (self.process(binary.left, **kw), op.opstring,
                               self.process(binary.right, **kw)) + self._escape(binary)
        if op in (operators.startswith_op, operators.not_startswith_op, operators.endswith_op,
                  operators.not_endswith_op, operators.contains_op, operators.not_contains_op):
            right = self.process(binary.right, **kw)
            if op in (operators.startswith_op, operators.not_startswith_op):
                right = right + " || '%'"
            elif op in (operators.endswith_op, operators.not_endswith_op):
                right = "'%' || " + right
            else:
                right = "'%' || " + right + " || '%'"
            return "%s%s%s" % (self.process(binary.left, **kw), op.opstring, right) + self._escape(binary)
        if op is operators.between_op or op is operators.not_between_op:
            word = op.opstring
            if binary.modifiers.get("symmetric"):
                word = word[:-1] + " SYMMETRIC "
            return self._generic_binary(binary, word, **kw)
        if op is operators.json_getitem_op:
            if self.dialect.name == "sqlite":
                return "JSON_QUOTE(JSON_EXTRACT(%s, %s))" % (self.process(binary.left, **kw),
                                                             self.process(binary.right, **kw))
            return "%s[%s]" % (self.process(binary.left, **kw), self.process(binary.right, **kw))
        if self.dialect.name == "sqlite" and op is operators.is_distinct_from:
            return self._generic_binary(binary, " IS NOT ", **kw)
        if self.dialect.name == "sqlite" and op is operators.is_not_distinct_from:
            return self._generic_binary(binary, " IS ", **kw)
        if op.opstring is None:
            raise exc.UnsupportedCompilationError(self, op)
        return self._generic_binary(binary, op.opstring, **kw)

    def _escape(self, binary):
        escape = binary.modifiers.get("escape")
        if escape:
            return " ESCAPE " + self.render_literal_value(escape, sqltypes.STRINGTYPE)
        return ""

    def _generic_binary(self, binary, opstring, **kw):
        return self.process(binary.left, **kw) + opstring + self.process(binary.right, **kw)

    # ---- functions ----
    def visit_function(self, func, **kw):
        kw = elements._no_label_kw(kw)
        cls = type(func)
        if self.dialect.name == "sqlite" and getattr(cls, "_sqlite_name", None):
            name = cls._sqlite_name
            if name == "length":
                return name + self.process(func.clause_expr, **kw)
            return name
        sql_name = getattr(cls, "_sql_name", None)
        if sql_name is not None and func._no_parens_without_args:
            if func._has_args:
                return sql_name + self.process(func.clause_expr, **kw)
            return sql_name
        name = func.name
        if any(not (_is_word(ch) or ch == "$") for ch in name):
            name = self.preparer.quote_identifier(name)
        packages = []
        for tok in func.packagenames:
            packages.append(self.preparer.quote_identifier(tok)
                            if any(not (_is_word(ch) or ch == "$") for ch in tok) else tok)
        return ".".join(packages + [name]) + self.process(func.clause_expr, **kw)

    # ---- SELECT ----
    def _column_clause_text(self, select, column, names, as_subquery, toplevel, result, kw):
        """One entry of a SELECT's columns clause, labelled as SQLAlchemy labels it."""
        col_kw = dict(kw)
        col_kw["within_columns_clause"] = True
        col_kw.pop("within_label_clause", None)
        if isinstance(column, elements.Label):
            name = self._label_name(column)
            text = self.process(column, **col_kw)
            result.append((name, column, column.type))
            names[name] = column
            return text
        if isinstance(column, elements.TextClause):
            result.append((None, column, sqltypes.NULLTYPE))
            return self.process(column, **col_kw)
        if isinstance(column, elements.ColumnClause):
            if column.is_literal:
                result.append((column.name, column, column.type))
                return self.process(column, **col_kw)
            name = column.name
            if select._label_style == "LABEL_STYLE_TABLENAME_PLUS_COL" and column.table is not None \
                    and getattr(column.table, "name", None):
                label = "%s_%s" % (column.table.name, name)
                if label in names and names[label] is not column:
                    label = self.anon_name(column, label, "label")
                text = self.process(column, **col_kw) + " AS " + self.preparer.quote(label)
                result.append((label, column, column.type))
                names[label] = column
                return text
            if name in names:
                if names[name] is column:
                    label = "%s__%d" % (name, self._dedupe_counter())
                else:
                    label = self.anon_name(column, name, "label")
                text = self.process(column, **col_kw) + " AS " + self.preparer.quote(label)
                result.append((label, column, column.type))
                names[label] = column
                return text
            names[name] = column
            result.append((column.key if column.key else name, column, column.type))
            text = self.process(column, **col_kw)
            if as_subquery and column.table is not None:
                text += " AS " + self.preparer.quote(name)
            return text
        if isinstance(column, elements.UnaryExpression) and column.operator is operators.distinct_op:
            result.append((None, column, column.type))
            return self.process(column, **col_kw)
        expr_label = getattr(column, "_expression_label", None)
        if expr_label is not None and expr_label not in names:
            names[expr_label] = column
            result.append((expr_label, column, column.type))
            return self.process(column, **col_kw) + " AS " + self.preparer.quote(expr_label)
        label = self.anon_name(column, getattr(column, "_anon_label_base", "anon") or "anon", "label")
        col_kw["within_label_clause"] = True
        text = self.process(column, **col_kw) + " AS " + self.preparer.quote(label)
        names[label] = column
        result.append((label, column, column.type))
        return text

    def _dedupe_counter(self):
        self._dedupe = getattr(self, "_dedupe", 0) + 1
        return self._dedupe

    def _correlated_froms(self, select, froms, correlating):
        if not self.stack or not correlating:
            return froms
        enclosing = self.stack[-1]["froms"]
        if select._correlate is not None:
            targets = [f for f in select._correlate]
            if not select._correlate:
                return froms
        elif select._auto_correlate and len(froms) > 1:
            targets = enclosing
        else:
            return froms
        kept = [f for f in froms if not any(f is t for t in targets)]
        if not kept and froms:
            if select._correlate is not None:
                return kept
            raise exc.InvalidRequestError(
                "Select statement '%s' returned no FROM clauses due to auto-correlation; specify "
                "correlate(<tables>) to control correlation manually." % select)
        return kept

    def visit_select(self, select, asfrom=False, correlate=False, as_subquery=False, **kw):
        kw.pop("within_columns_clause", None)
        kw.pop("within_label_clause", None)
        kw.pop("render_label_as_label", None)
        toplevel = not self.stack
        froms = self._correlated_froms(select, select._froms(), correlate)
        all_froms = []
        for f in froms:
            all_froms.append(f)
            if isinstance(f, selectable.Join):
                all_froms.extend(f._tables())
        enclosing = self.stack[-1]["froms"] if self.stack else []
        self.stack.append({"froms": all_froms + list(enclosing), "select": select})
        names = {}
        result = []
        self._dedupe = 0
        columns = []
        for column in select._raw_columns:
            columns.append(self._column_clause_text(select, column, names, as_subquery, toplevel, result, kw))
        if toplevel:
            self.result_columns = result
        text = "SELECT "
        if select._prefixes:
            text += " ".join(self.process(p, **kw) for p in select._prefixes) + " "
        if select._distinct:
            text += "DISTINCT "
        text += ", ".join(columns)
        if froms:
            text += " \nFROM " + ", ".join(self.process(f, asfrom=True, **kw) for f in froms)
        if select._where:
            t = self._and_list(select._where, **kw)
            if t:
                text += " \nWHERE " + t
        label_map = self._label_map(select)
        if select._group_by:
            text += " GROUP BY " + ", ".join(self._order_item(c, label_map, **kw) for c in select._group_by)
        if select._having:
            t = self._and_list(select._having, **kw)
            if t:
                text += " \nHAVING " + t
        if select._order_by:
            text += " ORDER BY " + ", ".join(self._order_item(c, label_map, **kw) for c in select._order_by)
        if select._limit is not None or select._offset is not None:
            text += self.limit_clause(select, **kw)
        self.stack.pop()
        return text

    def _label_map(self, select):
        out = {}
        for col in select._raw_columns:
            if isinstance(col, elements.Label) and isinstance(col.name, str):
                out.setdefault(col.name, col)
            elif isinstance(col, elements.ColumnClause):
                out.setdefault(col.key, col)
        return out

    def _order_item(self, element, label_map, **kw):
        target = element
        suffix = ""
        if isinstance(element, elements.UnaryExpression) and element.modifier is not None:
            inner = self._order_item(element.element, label_map, **kw)
            return inner + element.modifier.opstring
        if isinstance(target, elements._TextualLabelReference):
            col = label_map.get(target.element)
            if col is None:
                raise exc.CompileError(
                    "Can't resolve label reference for ORDER BY / GROUP BY / DISTINCT etc. Textual SQL expression "
                    "%r should be explicitly declared as text(%r)" % (target.element, target.element))
            if isinstance(col, elements.Label):
                return self.preparer.quote(col.name) + suffix
            return self.process(col, **kw) + suffix
        if isinstance(target, elements.Label) and any(target is c for c in label_map.values()):
            return self.preparer.quote(self._label_name(target))
        return self.process(target, **kw)

    def _and_list(self, clauses, **kw):
        if len(clauses) == 1:
            return self.process(clauses[0], **kw)
        combined = elements.and_(*clauses)
        if isinstance(combined, elements.BooleanClauseList):
            return " AND ".join(s for s in (self.process(c, **kw) for c in combined.clauses) if s)
        return self.process(combined, **kw)

    def limit_clause(self, select, **kw):
        text = ""
        if self.dialect.name == "sqlite":
            if select._limit is not None:
                text += "\n LIMIT " + self.process(select._limit, **kw)
            if select._offset is not None:
                if select._limit is None:
                    text += "\n LIMIT " + self.process(elements.literal(-1))
                text += " OFFSET " + self.process(select._offset, **kw)
            else:
                text += " OFFSET " + self.process(elements.literal(0))
            return text
        if select._limit is not None:
            text += "\n LIMIT " + self.process(select._limit, **kw)
        if select._offset is not None:
            if select._limit is None:
                text += "\n LIMIT -1"
            text += " OFFSET " + self.process(select._offset, **kw)
        return text

    def visit_compound_select(self, cs, asfrom=False, **kw):
        kw.pop("within_columns_clause", None)
        toplevel = not self.stack
        self.stack.append({"froms": self.stack[-1]["froms"] if self.stack else [], "select": cs})
        parts = []
        for i, s in enumerate(cs.selects):
            text = self.process(s, asfrom=True, **kw)
            if i == 0 and toplevel:
                first_result = None
            parts.append(text)
        text = (" " + cs.keyword + " ").join(parts)
        if toplevel:
            names = {}
            result = []
            for key, col in cs.selects[0]._exported_columns():
                result.append((key, col, col.type))
            self.result_columns = result
        label_map = {}
        for key, col in cs.selects[0]._exported_columns():
            label_map[key] = elements.literal_column(key)
        if cs._order_by:
            items = []
            for c in cs._order_by:
                if isinstance(c, elements._TextualLabelReference):
                    items.append(self.preparer.quote(c.element))
                else:
                    items.append(self.process(c, include_table=False, **kw))
            text += " ORDER BY " + ", ".join(items)
        if cs._limit is not None or cs._offset is not None:
            text += self.limit_clause(cs, **kw)
        self.stack.pop()
        return text

    # ---- INSERT / UPDATE / DELETE ----
    def _crud_bind(self, column, value=None, name=None, default_kind=None):
        bind = elements.BindParameter(name or column.key, value, type_=column.type, _is_crud=True, required=False)
        bind._default_column = column if default_kind else None
        bind._default_kind = default_kind
        return bind

    def _crud_value(self, column, value, name=None, **kw):
        """The SQL for one INSERT/UPDATE value: a parameter, or a SQL expression inline."""
        clause = elements._clause_of(value)
        if clause is not None:
            if isinstance(clause, selectable.SelectBase):
                clause = clause.scalar_subquery()
            if isinstance(clause, elements.BindParameter) and clause.type._isnull:
                clause = clause._clone()
                clause.type = column.type
            return self.process(clause.self_group(), **kw)
        bind = self._crud_bind(column, value, name=name)
        bind._value_key = column.key
        return self.process(bind, **kw)

    def _value_columns(self, stmt):
        """{column key: value} of the statement's values(), checked against the table."""
        table = stmt.table
        out = {}
        if not stmt._values:
            return out
        unknown = []
        for key, value in stmt._values.items():
            if isinstance(key, str):
                if key not in table.c:
                    unknown.append(key)
                    continue
                out[key] = value
            else:
                col = elements._clause_of(key)
                if col is None or not isinstance(col, elements.ColumnClause):
                    raise exc.CompileError("Unconsumed column names: %s" % key)
                if col.key not in table.c or table.c[col.key] is not col:
                    unknown.append(col.key)
                    continue
                out[col.key] = value
        if unknown:
            raise exc.CompileError("Unconsumed column names: %s" % ", ".join(unknown))
        return out

    def _check_unconsumed_params(self, table):
        if self.column_keys:
            unknown = [k for k in self.column_keys if k not in table.c and k not in self.binds]
            return unknown
        return []

    def visit_insert(self, stmt, **kw):
        kw.pop("within_columns_clause", None)
        self.isinsert = True
        self.stack.append({"froms": [stmt.table], "select": stmt})
        table = stmt.table
        text = "INSERT "
        if stmt._prefixes:
            text += " ".join(self.process(p, **kw) for p in stmt._prefixes) + " "
        text += "INTO " + self.preparer.format_table(table)
        if stmt._multi_values:
            text += self._insert_multi(stmt, **kw)
        elif stmt.select is not None:
            names = list(stmt.select_names)
            cols = [table.c[n] if isinstance(n, str) else n for n in names]
            extra_cols = []
            select = stmt.select
            if stmt.include_insert_from_select_defaults:
                for c in table.columns:
                    if c.key not in [x.key for x in cols] and getattr(c, "default", None) is not None:
                        extra_cols.append(c)
            if extra_cols:
                adds = []
                for c in extra_cols:
                    adds.append(self._default_expression(c, "insert"))
                select = select.add_columns(*adds)
            text += " (%s) " % ", ".join(self.preparer.quote(c.name) for c in cols + extra_cols)
            text += self.process(select, asfrom=True, **kw)
        else:
            values = self._value_columns(stmt)
            pairs = []
            for c in table.columns:
                if c.key in values:
                    pairs.append((c, self._crud_value(c, values[c.key], **kw)))
                elif self.column_keys is None and not values:
                    pairs.append((c, self.process(self._required_bind(c), **kw)))
                elif self.column_keys is not None and c.key in self.column_keys:
                    pairs.append((c, self.process(self._required_bind(c), **kw)))
                else:
                    default = self._insert_default(c, **kw)
                    if default is not None:
                        pairs.append((c, default))
            if not pairs:
                if self.dialect.name == "sqlite" or self.dialect.name == "default":
                    text += " DEFAULT VALUES"
            else:
                text += " (%s) VALUES (%s)" % (", ".join(self.preparer.quote(c.name) for c, _ in pairs),
                                              ", ".join(v for _, v in pairs))
        text += self._returning(stmt, **kw)
        self.stack.pop()
        return text

    def _required_bind(self, column):
        bind = elements.BindParameter(column.key, None, type_=column.type, _is_crud=True, required=True)
        bind._show_required = self.column_keys is not None
        bind._default_column = None
        bind._default_kind = None
        return bind

    def _insert_default(self, column, **kw):
        default = getattr(column, "default", None)
        if default is None:
            return None
        if default.is_sequence:
            return None
        if default.is_clause_element:
            return self.process(default.arg.self_group(), **kw)
        return self.process(self._crud_bind(column, None, default_kind="insert"), **kw)

    def _default_expression(self, column, kind):
        default = column.default if kind == "insert" else column.onupdate
        if default.is_clause_element:
            return default.arg
        return self._crud_bind(column, None, default_kind=kind)

    def _insert_multi(self, stmt, **kw):
        table = stmt.table
        rows = stmt._multi_values
        first = {}
        for key, value in rows[0].items():
            first[key if isinstance(key, str) else key.key] = value
        cols = [c for c in table.columns if c.key in first or getattr(c, "default", None) is not None]
        unknown = [k for k in first if k not in table.c]
        if unknown:
            raise exc.CompileError("Unconsumed column names: %s" % ", ".join(unknown))
        value_rows = []
        for i, row in enumerate(rows):
            row = {(k if isinstance(k, str) else k.key): v for k, v in row.items()}
            items = []
            for c in cols:
                if c.key in row:
                    items.append(self._crud_value(c, row[c.key], name="%s_m%d" % (c.key, i), **kw))
                else:
                    default = c.default
                    if default.is_clause_element:
                        items.append(self.process(default.arg.self_group(), **kw))
                    else:
                        name = c.key if i == 0 else "%s_m%d" % (c.key, i)
                        items.append(self.process(self._crud_bind(c, None, name=name, default_kind="insert"), **kw))
            value_rows.append("(%s)" % ", ".join(items))
        return " (%s) VALUES %s" % (", ".join(self.preparer.quote(c.name) for c in cols), ", ".join(value_rows))

    def _returning(self, stmt, **kw):
        if not stmt._returning:
            return ""
        if not self.dialect.returning_support:
            raise exc.CompileError("RETURNING is not supported by this dialect's statement compiler.")
        cols = []
        for c in stmt._returning:
            cols.append(self.process(c, within_columns_clause=True, **kw))
        return " RETURNING " + ", ".join(cols)

    def visit_update(self, stmt, **kw):
        kw.pop("within_columns_clause", None)
        self.isupdate = True
        table = stmt.table
        self.stack.append({"froms": [table], "select": stmt})
        text = "UPDATE "
        if stmt._prefixes:
            text += " ".join(self.process(p, **kw) for p in stmt._prefixes) + " "
        text += self.preparer.format_table(table) + " SET "
        values = self._value_columns(stmt)
        pairs = []
        order = list(table.columns)
        if getattr(stmt, "_ordered", None):
            ordered_keys = [k if isinstance(k, str) else k.key for k in stmt._ordered]
            order = [table.c[k] for k in ordered_keys] + [c for c in table.columns if c.key not in ordered_keys]
        for c in order:
            if c.key in values:
                pairs.append((c, self._crud_value(c, values[c.key], **kw)))
            elif self.column_keys is None and not values:
                pairs.append((c, self.process(self._required_bind(c), **kw)))
            elif self.column_keys is not None and c.key in self.column_keys and c.key not in self._where_bind_names(stmt):
                pairs.append((c, self.process(self._required_bind(c), **kw)))
            else:
                onupdate = getattr(c, "onupdate", None)
                if onupdate is not None and not onupdate.is_sequence:
                    if onupdate.is_clause_element:
                        pairs.append((c, self.process(onupdate.arg.self_group(), **kw)))
                    else:
                        pairs.append((c, self.process(self._crud_bind(c, None, default_kind="update"), **kw)))
        text += ", ".join("%s=%s" % (self.preparer.quote(c.name), v) for c, v in pairs)
        if stmt._where:
            t = self._and_list(stmt._where, **kw)
            if t:
                text += " WHERE " + t
        text += self._returning(stmt, **kw)
        self.stack.pop()
        return text

    def _where_bind_names(self, stmt):
        names = set()
        for crit in stmt._where:
            for b in crit._bind_params():
                if not b.unique:
                    names.add(b.key)
        return names

    def visit_delete(self, stmt, **kw):
        kw.pop("within_columns_clause", None)
        self.isdelete = True
        table = stmt.table
        self.stack.append({"froms": [table], "select": stmt})
        text = "DELETE "
        if stmt._prefixes:
            text += " ".join(self.process(p, **kw) for p in stmt._prefixes) + " "
        text += "FROM " + self.preparer.format_table(table)
        if stmt._where:
            t = self._and_list(stmt._where, **kw)
            if t:
                text += " WHERE " + t
        text += self._returning(stmt, **kw)
        self.stack.pop()
        return text


class _NoValue:
    pass


from .cache import _ValueSlot  # noqa: E402


class _MissingParameter(Exception):
    """A required parameter without a value; Connection turns it into SQLAlchemy's StatementError."""

    def __init__(self, name):
        Exception.__init__(self, name)
        self.name = name


_NO_VALUE = _NoValue()


class TypeCompiler:
    """A type's name in DDL (VARCHAR(50), DATETIME, ...) on a dialect."""

    def __init__(self, dialect):
        self.dialect = dialect

    def process(self, type_, **kw):
        # The type as written decides its DDL name (TIMESTAMP stays TIMESTAMP on SQLite, whose
        # DATETIME only implements its values); a TypeDecorator asks its load_dialect_impl().
        return type_api.to_instance(type_)._ddl(self.dialect)
