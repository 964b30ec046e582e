"""SQL operators: their SQL text, precedence and negation, after SQLAlchemy 1.4's sql/operators.py.

An operator is an object, not a function as in SQLAlchemy: the compiler reads `opstring` (" = "),
grouping reads `precedence`, `~` reads `negate`. The precedences are SQLAlchemy's, so that
parentheses land where SQLAlchemy puts them: `(a + b) * c`, `a AND (b OR c)`, `a - (b - c)`.
"""


class Operator:
    def __init__(self, name, opstring, precedence, comparison=False, associative=False):
        self.name = name
        self.opstring = opstring
        self.precedence = precedence
        self.is_comparison = comparison
        # A op (B op C) renders without parentheses: and, or, +, *, ||.
        self.natural_self_precedent = associative
        self.negate = None

    def __repr__(self):
        return "<operator %s>" % self.name


class custom_op(Operator):
    """ColumnElement.op("->")(other): an operator with the user's SQL text."""

    def __init__(self, opstring, precedence=0, is_comparison=False, return_type=None, eager_grouping=False):
        Operator.__init__(self, opstring, " %s " % opstring, precedence, comparison=is_comparison)
        self.return_type = return_type
        self.eager_grouping = eager_grouping


SMALLEST = -100
LARGEST = 100

getitem = Operator("getitem", None, 15)
json_getitem_op = Operator("json_getitem_op", None, 15)
mul = Operator("mul", " * ", 8, associative=True)
truediv = Operator("truediv", " / ", 8)
floordiv = Operator("floordiv", " / ", 8)
mod = Operator("mod", " % ", 8)
neg = Operator("neg", "-", 8)
add = Operator("add", " + ", 7, associative=True)
sub = Operator("sub", " - ", 7)
concat_op = Operator("concat_op", " || ", 6, associative=True)
like_op = Operator("like_op", " LIKE ", 5, comparison=True)
not_like_op = Operator("not_like_op", " NOT LIKE ", 5, comparison=True)
ilike_op = Operator("ilike_op", " ILIKE ", 5, comparison=True)
not_ilike_op = Operator("not_ilike_op", " NOT ILIKE ", 5, comparison=True)
in_op = Operator("in_op", " IN ", 5, comparison=True)
not_in_op = Operator("not_in_op", " NOT IN ", 5, comparison=True)
is_ = Operator("is_", " IS ", 5, comparison=True)
is_not = Operator("is_not", " IS NOT ", 5, comparison=True)
eq = Operator("eq", " = ", 5, comparison=True)
ne = Operator("ne", " != ", 5, comparison=True)
gt = Operator("gt", " > ", 5, comparison=True)
lt = Operator("lt", " < ", 5, comparison=True)
ge = Operator("ge", " >= ", 5, comparison=True)
le = Operator("le", " <= ", 5, comparison=True)
is_distinct_from = Operator("is_distinct_from", " IS DISTINCT FROM ", 5, comparison=True)
is_not_distinct_from = Operator("is_not_distinct_from", " IS NOT DISTINCT FROM ", 5, comparison=True)
between_op = Operator("between_op", " BETWEEN ", 5, comparison=True)
not_between_op = Operator("not_between_op", " NOT BETWEEN ", 5, comparison=True)
distinct_op = Operator("distinct_op", "DISTINCT ", 5)
inv = Operator("inv", "NOT ", 5)
is_true = Operator("is_true", None, 5)
is_false = Operator("is_false", None, 5)
match_op = Operator("match_op", " MATCH ", 5, comparison=True)
collate = Operator("collate", " COLLATE ", 4)
and_ = Operator("and_", " AND ", 3, associative=True)
or_ = Operator("or_", " OR ", 2, associative=True)
desc_op = Operator("desc_op", " DESC", 3)
asc_op = Operator("asc_op", " ASC", 3)
nulls_first_op = Operator("nulls_first_op", " NULLS FIRST", SMALLEST)
nulls_last_op = Operator("nulls_last_op", " NULLS LAST", SMALLEST)
comma_op = Operator("comma_op", ", ", -1)
as_ = Operator("as_", " AS ", -1)
exists = Operator("exists", "EXISTS ", 0)
_asbool = Operator("_asbool", None, -10)
# The LIKE shortcuts have no precedence of their own, so SQLAlchemy always parenthesizes them.
startswith_op = Operator("startswith_op", " LIKE ", SMALLEST, comparison=True)
not_startswith_op = Operator("not_startswith_op", " NOT LIKE ", SMALLEST, comparison=True)
endswith_op = Operator("endswith_op", " LIKE ", SMALLEST, comparison=True)
not_endswith_op = Operator("not_endswith_op", " NOT LIKE ", SMALLEST, comparison=True)
contains_op = Operator("contains_op", " LIKE ", SMALLEST, comparison=True)
not_contains_op = Operator("not_contains_op", " NOT LIKE ", SMALLEST, comparison=True)
_smallest = Operator("_smallest", None, SMALLEST)
_largest = Operator("_largest", None, LARGEST)

for _a, _b in ((eq, ne), (gt, le), (lt, ge), (like_op, not_like_op), (ilike_op, not_ilike_op),
               (in_op, not_in_op), (is_, is_not), (between_op, not_between_op),
               (is_distinct_from, is_not_distinct_from), (startswith_op, not_startswith_op),
               (endswith_op, not_endswith_op), (contains_op, not_contains_op), (is_true, is_false)):
    _a.negate = _b
    _b.negate = _a

# Aliases SQLAlchemy also exports.
notin_op = not_in_op
notlike_op = not_like_op
notilike_op = not_ilike_op
isnot = is_not
div = truediv


def is_precedent(operator, against):
    """Whether `operator` must be parenthesized inside an expression of `against`."""
    if operator is against and operator.natural_self_precedent:
        return False
    op_precedence = operator.precedence if operator is not None else SMALLEST
    if op_precedence is None:
        op_precedence = SMALLEST
    if against is None or against.precedence is None:
        against_precedence = LARGEST
    else:
        against_precedence = against.precedence
    return op_precedence <= against_precedence


def is_comparison(op):
    return op is not None and op.is_comparison


def is_commutative(op):
    return op in (eq, ne, add, mul)
