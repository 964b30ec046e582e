"""Decimal fixed and floating point arithmetic, as the decimal module does it.

Here: Decimal (from str, int, float (its exact binary value), tuple, Decimal), exact + - * with
rounding to the context's precision, / // % divmod, ** (integer powers exactly, others through
exp and ln), quantize, to_integral_value, normalize, sqrt, exp, ln, log10 (correctly rounded),
comparisons with ints and floats, hash equal to the equal int's or float's, str/repr/format,
int/float/round, as_tuple, as_integer_ratio, compare, max/min, copy_*, is_* predicates;
Context (prec, rounding, Emin, Emax, capitals, clamp, flags, traps), getcontext, setcontext,
localcontext, the rounding constants and the signals (DecimalException, InvalidOperation,
DivisionByZero, Overflow, Inexact, Rounded, ...), raised as Python raises them:
InvalidOperation([<class 'decimal.ConversionSyntax'>]).
Not here: most Context methods beyond create_decimal and the arithmetic ones, logb, the
logical_* and next_* operations, fma, rotate/shift, number_class.
"""

from collections import namedtuple as _namedtuple

__all__ = ["Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext", "ExtendedContext",
           "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "Rounded",
           "Subnormal", "Overflow", "Underflow", "FloatOperation", "DivisionImpossible", "InvalidContext",
           "ConversionSyntax", "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN",
           "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP", "setcontext",
           "getcontext", "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY", "HAVE_THREADS",
           "HAVE_CONTEXTVAR"]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN,
              ROUND_05UP)

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


# ---- signals ----------------------------------------------------------------------------------


class DecimalException(ArithmeticError):
    """The base of the decimal signals."""


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# in the order Python's Context repr lists them
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded,
            Clamped]
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


# ---- context ----------------------------------------------------------------------------------


class _SignalDict(dict):
    def __repr__(self):
        return "{%s}" % ", ".join("<class 'decimal.%s'>:%s" % (s.__name__, v) for s, v in self.items())


class Context:
    """Precision, rounding, exponent limits, and which signals raise (traps) or were seen (flags)."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None,
                 traps=None, _ignored_flags=None):
        base = DefaultContext if "DefaultContext" in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        if traps is None:
            traps = dict(base.traps) if base else {s: s in (InvalidOperation, DivisionByZero, Overflow) for s in _SIGNALS}
        elif not isinstance(traps, dict):
            traps = {s: s in traps for s in _SIGNALS}
        if flags is None:
            flags = {s: False for s in _SIGNALS}
        elif not isinstance(flags, dict):
            flags = {s: s in flags for s in _SIGNALS}
        self.traps = _SignalDict({s: bool(traps.get(s, False)) for s in _SIGNALS})
        self.flags = _SignalDict({s: bool(flags.get(s, False)) for s in _SIGNALS})

    def __setattr__(self, name, value):
        if name == "prec":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, "
                                "ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        elif name == "Emin":
            if value > 0:
                raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        elif name == "Emax":
            if value < 0:
                raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        elif name in ("capitals", "clamp"):
            if value not in (0, 1):
                raise ValueError("valid values for %s are 0 or 1" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s, v in self.flags.items() if v]
        traps = [s.__name__ for s, v in self.traps.items() if v]
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])"
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, ", ".join(flags),
                   ", ".join(traps)))

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, dict(self.flags),
                       dict(self.traps))

    __copy__ = copy

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise_error(self, condition, explanation=None):
        """Sets the signal's flag; raises it when trapped (the message lists the condition)."""
        signal = _CONDITION_SIGNAL.get(condition, condition)
        self.flags[signal] = True
        if self.traps[signal]:
            raise signal([condition])
        if signal is InvalidOperation:
            return _NaN
        return None

    def create_decimal(self, num="0"):
        """num as a Decimal rounded to this context."""
        d = Decimal(num, context=self)
        if d._is_special and d._exp != "F" and len(d._int) > self.prec - self.clamp:
            return self._raise_error(ConversionSyntax, "diagnostic info too long in NaN")
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def add(self, a, b):
        return _convert(a, True).__add__(b, context=self)

    def subtract(self, a, b):
        return _convert(a, True).__sub__(b, context=self)

    def multiply(self, a, b):
        return _convert(a, True).__mul__(b, context=self)

    def divide(self, a, b):
        return _convert(a, True).__truediv__(b, context=self)

    def divide_int(self, a, b):
        return _convert(a, True).__floordiv__(b, context=self)

    def remainder(self, a, b):
        return _convert(a, True).__mod__(b, context=self)

    def divmod(self, a, b):
        return _convert(a, True).__divmod__(b, context=self)

    def power(self, a, b, modulo=None):
        return _convert(a, True).__pow__(b, modulo, context=self)

    def quantize(self, a, b):
        return _convert(a, True).quantize(b, context=self)

    def sqrt(self, a):
        return _convert(a, True).sqrt(context=self)

    def exp(self, a):
        return _convert(a, True).exp(context=self)

    def ln(self, a):
        return _convert(a, True).ln(context=self)

    def log10(self, a):
        return _convert(a, True).log10(context=self)

    def abs(self, a):
        return _convert(a, True).__abs__(context=self)

    def plus(self, a):
        return _convert(a, True).__pos__(context=self)

    def minus(self, a):
        return _convert(a, True).__neg__(context=self)

    def compare(self, a, b):
        return _convert(a, True).compare(b, context=self)

    def to_integral_value(self, a):
        return _convert(a, True).to_integral_value(context=self)

    def normalize(self, a):
        return _convert(a, True).normalize(context=self)

    def to_eng_string(self, a):
        return _convert(a, True).to_eng_string(context=self)

    def to_sci_string(self, a):
        return _convert(a, True).__str__(context=self)


_current_context = None


def getcontext():
    """The context of the arithmetic that is not given one."""
    global _current_context
    if _current_context is None:
        _current_context = Context()
    return _current_context


def setcontext(context):
    global _current_context
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current_context = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A with-block whose arithmetic runs in a copy of ctx (the current context by default)."""
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key == "flags" or key == "traps":
            setattr(manager.new_context, key, _SignalDict({s: s in value for s in _SIGNALS}))
        elif not hasattr(manager.new_context, key):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        else:
            setattr(manager.new_context, key, value)
    return manager


# ---- helpers ------------------------------------------------------------------------------------


def _type_name(obj):
    cls = type(obj)
    return cls.__qualname__ if cls.__module__ == "builtins" else "%s.%s" % (cls.__module__, cls.__qualname__)


def _convert(other, raiseit=False, allow_float=False):
    """other as a Decimal: Decimals and ints exactly; floats only when allowed; else NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        getcontext().flags[FloatOperation] = True
        return Decimal.from_float(other)
    if raiseit:
        raise TypeError("Unable to convert %s to Decimal" % type(other).__name__)
    return NotImplemented


_builtin_types = (float, str, bytes, list, tuple, dict, set, frozenset, type(None))


def _binary_error(op, a, b):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, _type_name(a), _type_name(b)))


def _operand(self, other, op, reflected=False):
    """other as a Decimal for an arithmetic operator, NotImplemented for unknown types, and Python's
    TypeError (naming decimal.Decimal) for builtin ones such as float."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if isinstance(other, _builtin_types):
        raise _binary_error(op, other, self) if reflected else _binary_error(op, self, other)
    return NotImplemented


def _round_coefficient(coef, drop, rounding, sign):
    """coef without its last `drop` digits (drop > 0), rounded; and whether digits were lost."""
    divisor = 10 ** drop
    q, r = divmod(coef, divisor)
    if r == 0:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        twice = 2 * r
        inc = twice > divisor or (twice == divisor and q % 2 == 1)
    elif rounding == ROUND_HALF_UP:
        inc = 2 * r >= divisor
    elif rounding == ROUND_DOWN:
        inc = False
    elif rounding == ROUND_UP:
        inc = True
    elif rounding == ROUND_HALF_DOWN:
        inc = 2 * r > divisor
    elif rounding == ROUND_CEILING:
        inc = not sign
    elif rounding == ROUND_FLOOR:
        inc = bool(sign)
    else:  # ROUND_05UP
        inc = q % 10 in (0, 5)
    return q + (1 if inc else 0), True


def _digit_count(n):
    return len(str(n))


def _dec(sign, coef, exp):
    """A finite Decimal from sign (0/1), a coefficient (int >= 0 or digit str) and an exponent."""
    self = object.__new__(Decimal)
    self._sign = sign
    self._int = coef if isinstance(coef, str) else str(coef)
    self._exp = exp
    self._is_special = False
    return self


def _special(sign, kind, payload=""):
    """Infinity ('F'), a quiet NaN ('n') or a signaling NaN ('N')."""
    self = object.__new__(Decimal)
    self._sign = sign
    self._int = payload
    self._exp = kind
    self._is_special = True
    return self


def _isqrt(n):
    """The integer square root of n >= 0."""
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


_PyHASH_MODULUS = 2 ** 61 - 1
_PyHASH_INF = 314159
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)


# ---- parsing ----------------------------------------------------------------------------------


def _parse_simple(text):
    """(sign, digits, exponent) of a plain '-123.45' (the common case), or None for anything else."""
    sign = 0
    body = text
    if text[:1] == "-":
        sign = 1
        body = text[1:]
    dot = body.find(".")
    if dot < 0:
        digits = body
        exp = 0
    else:
        digits = body[:dot] + body[dot + 1:]
        exp = dot + 1 - len(body)
    if not digits.isdigit() or not digits.isascii():
        return None
    if digits[0] == "0":
        digits = digits.lstrip("0") or "0"
    return (sign, digits, exp)


def _parse(text):
    """(sign, coefficient digits, exponent) of a numeric string, with the exponent 'F' (Infinity),
    'n' (NaN) or 'N' (sNaN) for the special values; None when it is not a number."""
    s = text.strip().replace("_", "") if "_" in text else text.strip()
    if "_" in text.strip():
        t = text.strip()
        if t.startswith("_") or t.endswith("_") or "__" in t:
            return None
    if not s:
        return None
    sign = 0
    if s[0] in "+-":
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    lower = s.lower()
    if lower in ("inf", "infinity"):
        return (sign, "", "F")
    for prefix, kind in (("snan", "N"), ("nan", "n")):
        if lower.startswith(prefix):
            payload = s[len(prefix):]
            if payload and not payload.isdigit():
                return None
            if payload and not payload.isascii():
                return None
            payload = payload.lstrip("0")
            return (sign, payload, kind)
    mantissa = s
    exp = 0
    epos = lower.find("e")
    if epos >= 0:
        mantissa = s[:epos]
        exp_text = s[epos + 1:]
        body = exp_text[1:] if exp_text[:1] in "+-" else exp_text
        if not body or not body.isdigit() or not body.isascii():
            return None
        exp = int(exp_text)
    dot = mantissa.find(".")
    if dot >= 0:
        intpart = mantissa[:dot]
        fracpart = mantissa[dot + 1:]
    else:
        intpart = mantissa
        fracpart = ""
    digits = intpart + fracpart
    if not digits or not digits.isdigit() or not digits.isascii():
        if not digits or not all("0" <= c <= "9" or c.isdigit() for c in digits):
            return None
        digits = str(int(digits)) if digits else digits
    exp -= len(fracpart)
    digits = digits.lstrip("0") or "0"
    return (sign, digits, exp)


# ---- Decimal ------------------------------------------------------------------------------------


class Decimal:
    """A decimal number: sign, coefficient digits and exponent, kept exactly as written."""

    __slots__ = ("_exp", "_int", "_sign", "_is_special")

    def __revlab_record__(self):
        return ("call", "decimal.Decimal", (str(self),), {})

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse_simple(value)
            if parsed is None:
                parsed = _parse(value)
            if parsed is None:
                if context is None:
                    context = getcontext()
                context._raise_error(ConversionSyntax, "Invalid literal for Decimal: %r" % value)
                parsed = (0, "", "n")
            self._sign, self._int, self._exp = parsed
            self._is_special = not isinstance(self._exp, int)
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = str(abs(value))
            self._exp = 0
            self._is_special = False
            return self
        if isinstance(value, Decimal):
            self._sign = value._sign
            self._int = value._int
            self._exp = value._exp
            self._is_special = value._is_special
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context.flags[FloatOperation] = True
            return cls.from_float(value) if cls is Decimal else cls(cls.from_float(value))
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            if exp == "F":
                self._sign, self._int, self._exp, self._is_special = sign, "", "F", True
                return self
            text = "".join(str(d) for d in digits if isinstance(d, int) and 0 <= d <= 9)
            if len(text) != len(digits):
                raise ValueError("The second value in the tuple must be composed of integers in the range 0 "
                                 "through 9.")
            if exp in ("n", "N"):
                self._sign, self._int, self._exp, self._is_special = sign, text.lstrip("0"), exp, True
                return self
            if not isinstance(exp, int):
                raise ValueError("The third value in the tuple must be an integer, or one of the strings "
                                 "'F', 'n', 'N'.")
            self._sign, self._int, self._exp, self._is_special = sign, text.lstrip("0") or "0", exp, False
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of a float: Decimal.from_float(0.1) has 55 digits."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if f != f:
            return cls("NaN")
        if f in (float("inf"), float("-inf")):
            return cls("Infinity" if f > 0 else "-Infinity")
        sign = 1 if str(f).startswith("-") else 0  # -0.0 too
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        result = _dec(sign, n * 5 ** k, -k)
        return result if cls is Decimal else cls(result)

    # ---- predicates and parts

    def _isnan(self):
        if self._is_special:
            if self._exp == "n":
                return 1
            if self._exp == "N":
                return 2
        return 0

    def _isinfinity(self):
        if self._exp == "F":
            return -1 if self._sign else 1
        return 0

    def is_nan(self):
        return self._exp in ("n", "N")

    def is_qnan(self):
        return self._exp == "n"

    def is_snan(self):
        return self._exp == "N"

    def is_infinite(self):
        return self._exp == "F"

    def is_finite(self):
        return not self._is_special

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._is_special and self._int == "0"

    def is_normal(self, context=None):
        if self._is_special or self._int == "0":
            return False
        context = context or getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special or self._int == "0":
            return False
        context = context or getcontext()
        return self.adjusted() < context.Emin

    def is_canonical(self):
        return True

    def adjusted(self):
        """The exponent of the most significant digit."""
        try:
            return self._exp + len(self._int) - 1
        except TypeError:
            return 0

    def as_tuple(self):
        return DecimalTuple(self._sign, tuple(map(int, self._int)), self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if not self:
            return 0, 1
        n = int(self._int)
        if self._exp >= 0:
            n, d = n * 10 ** self._exp, 1
        else:
            d5 = -self._exp
            while d5 > 0 and n % 5 == 0:
                n //= 5
                d5 -= 1
            d2 = -self._exp
            shift2 = min((n & -n).bit_length() - 1, d2)
            if shift2:
                n >>= shift2
                d2 -= shift2
            d = 5 ** d5 << d2
        if self._sign:
            n = -n
        return n, d

    def _coef(self):
        return int(self._int)

    # ---- text

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        if self._is_special:
            if self._exp == "F":
                return sign + "Infinity"
            if self._exp == "n":
                return sign + "NaN" + self._int
            return sign + "sNaN" + self._int
        digits = self._int
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif digits == "0":
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = "0"
            fracpart = "." + "0" * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + "0" * (dotplace - len(digits))
            fracpart = ""
        else:
            intpart = digits[:dotplace]
            fracpart = "." + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ""
        else:
            if context is None:
                context = getcontext()
            exp = ("e", "E")[context.capitals] + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __format__(self, specifier, context=None):
        return _format_decimal(self, specifier, context or getcontext())

    # ---- conversions

    def __bool__(self):
        return self._is_special or self._int != "0"

    def __int__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        s = -1 if self._sign else 1
        if self._exp >= 0:
            return s * int(self._int) * 10 ** self._exp
        return s * int(self._int[:self._exp] or "0")

    __trunc__ = __int__

    def __index__(self):
        raise TypeError("'decimal.Decimal' object cannot be interpreted as an integer")

    def __float__(self):
        if self._isnan():
            if self.is_snan():
                raise ValueError("cannot convert signaling NaN to float")
            s = "-nan" if self._sign else "nan"
        else:
            s = str(self)
        return float(s)

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        if self._is_special:
            return self.__int__()
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        if self._is_special:
            return self.__int__()
        return int(self._rescale(0, ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("Second argument to round should be integral")
            return self.quantize(_dec(0, "1", -n))
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __hash__(self):
        if self._is_special:
            if self.is_snan():
                raise TypeError("Cannot hash a signaling NaN value.")
            if self.is_nan():
                return object.__hash__(self)
            return -_PyHASH_INF if self._sign else _PyHASH_INF
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _PyHASH_MODULUS)
        else:
            exp_hash = pow(_PyHASH_10INV, -self._exp, _PyHASH_MODULUS)
        hash_ = int(self._int) * exp_hash % _PyHASH_MODULUS
        ans = hash_ if self >= 0 else -hash_
        return -2 if ans == -1 else ans

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # ---- rounding to a context

    def _fix(self, context):
        """self rounded to the context's precision and exponent limits, signalling as it goes."""
        if self._is_special:
            if self._isnan():
                max_payload = context.prec - context.clamp
                if len(self._int) > max_payload:
                    return _special(self._sign, self._exp, self._int[len(self._int) - max_payload:].lstrip("0"))
            return self
        n = len(self._int)
        if n <= context.prec and not context.clamp:
            # the common case: few enough digits and an exponent well inside the limits
            adjusted = self._exp + n - 1
            if context.Emin <= adjusted <= context.Emax and self._exp >= context.Emin - context.prec + 1:
                return self
        Etiny = context.Emin - context.prec + 1
        Etop = context.Emax - context.prec + 1
        if self._int == "0":
            exp_max = context.Emax if context.clamp == 0 else Etop
            new_exp = min(max(self._exp, Etiny), exp_max)
            if new_exp != self._exp:
                context._raise_error(Clamped)
                return _dec(self._sign, "0", new_exp)
            return self
        n = len(self._int)
        exp_min = n + self._exp - context.prec
        if exp_min > Etop:
            return self._overflow(context)
        subnormal = exp_min < Etiny
        if subnormal:
            exp_min = Etiny
        if self._exp < exp_min:
            coef, inexact = _round_coefficient(int(self._int), exp_min - self._exp, context.rounding, self._sign)
            digits = str(coef)
            if len(digits) > context.prec:
                digits = digits[:-1]
                exp_min += 1
            if exp_min > Etop:
                return self._overflow(context)
            ans = _dec(self._sign, digits, exp_min)
            if subnormal:
                context._raise_error(Subnormal)
                if inexact:
                    context._raise_error(Underflow)
            if inexact:
                context._raise_error(Inexact)
            context._raise_error(Rounded)
            if not ans and subnormal:
                context._raise_error(Clamped)
            return ans
        if subnormal:
            context._raise_error(Subnormal)
        if context.clamp == 1 and self._exp > Etop:
            context._raise_error(Clamped)
            return _dec(self._sign, self._int + "0" * (self._exp - Etop), Etop)
        return self

    def _overflow(self, context):
        context.flags[Inexact] = True
        context.flags[Rounded] = True
        context._raise_error(Overflow)
        r = context.rounding
        if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or (
                r == ROUND_CEILING and not self._sign) or (r == ROUND_FLOOR and self._sign):
            return _special(self._sign, "F")
        return _dec(self._sign, "9" * context.prec, context.Emax - context.prec + 1)

    def _rescale(self, exp, rounding):
        """self with exponent exp, rounded by `rounding` (no context, no signals)."""
        if self._is_special:
            return self
        if self._int == "0":
            return _dec(self._sign, "0", exp)
        if self._exp >= exp:
            return _dec(self._sign, self._int + "0" * (self._exp - exp), exp)
        coef, _ = _round_coefficient(int(self._int), exp - self._exp, rounding, self._sign)
        return _dec(self._sign, coef, exp)

    def _round(self, places, rounding):
        """self rounded to `places` significant digits."""
        if self._is_special or self._int == "0":
            return self
        ans = self._rescale(self.adjusted() + 1 - places, rounding)
        if ans.adjusted() != self.adjusted():
            ans = ans._rescale(ans.adjusted() + 1 - places, rounding)
        return ans

    # ---- NaN handling

    def _check_nans(self, other=None, context=None):
        """The NaN an operation with a NaN operand gives (signalling for sNaN), or None."""
        self_is_nan = self._isnan()
        other_is_nan = other._isnan() if other is not None else 0
        if self_is_nan or other_is_nan:
            if context is None:
                context = getcontext()
            if self_is_nan == 2:
                context._raise_error(InvalidOperation, "sNaN")
                return _special(self._sign, "n", self._int)
            if other_is_nan == 2:
                context._raise_error(InvalidOperation, "sNaN")
                return _special(other._sign, "n", other._int)
            if self_is_nan:
                return self._fix_nan(context)
            return other._fix_nan(context)
        return None

    def _fix_nan(self, context):
        return self._fix(context)

    # ---- arithmetic

    def __add__(self, other, context=None):
        other = _operand(self, other, "+")
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._exp == "F":
                if other._exp == "F" and self._sign != other._sign:
                    return context._raise_error(InvalidOperation, "-INF + INF")
                return self
            return other
        return _add(self._sign, self, other._sign, other, context)

    def __radd__(self, other, context=None):
        o = _operand(self, other, "+", True)
        return o if o is NotImplemented else o.__add__(self, context)

    def __sub__(self, other, context=None):
        other = _operand(self, other, "-")
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        o = _operand(self, other, "-", True)
        return o if o is NotImplemented else o.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _operand(self, other, "*")
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._exp == "F":
                if not other:
                    return context._raise_error(InvalidOperation, "(+-)INF * 0")
                return _special(sign, "F")
            if not self:
                return context._raise_error(InvalidOperation, "0 * (+-)INF")
            return _special(sign, "F")
        exp = self._exp + other._exp
        if self._int == "0" or other._int == "0":
            return _dec(sign, "0", exp)._fix(context)
        if self._int == "1":
            return _dec(sign, other._int, exp)._fix(context)
        if other._int == "1":
            return _dec(sign, self._int, exp)._fix(context)
        return _dec(sign, int(self._int) * int(other._int), exp)._fix(context)

    def __rmul__(self, other, context=None):
        o = _operand(self, other, "*", True)
        return o if o is NotImplemented else o.__mul__(self, context)

    def __truediv__(self, other, context=None):
        other = _operand(self, other, "/")
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._exp == "F" and other._exp == "F":
                return context._raise_error(InvalidOperation, "(+-)INF/(+-)INF")
            if self._exp == "F":
                return _special(sign, "F")
            context._raise_error(Clamped, "Division by infinity")
            return _dec(sign, "0", context.Etiny())
        if not other:
            if not self:
                return context._raise_error(DivisionUndefined, "0 / 0")
            context._raise_error(DivisionByZero, "x / 0")
            return _special(sign, "F")
        if not self:
            exp = self._exp - other._exp
            coeff = 0
        else:
            shift = len(other._int) - len(self._int) + context.prec + 1
            exp = self._exp - other._exp - shift
            op1, op2 = int(self._int), int(other._int)
            if shift >= 0:
                coeff, remainder = divmod(op1 * 10 ** shift, op2)
            else:
                coeff, remainder = divmod(op1, op2 * 10 ** -shift)
            if remainder:
                if coeff % 5 == 0:
                    coeff += 1
            else:
                ideal_exp = self._exp - other._exp
                while exp < ideal_exp and coeff % 10 == 0:
                    coeff //= 10
                    exp += 1
        return _dec(sign, coeff, exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        o = _operand(self, other, "/", True)
        return o if o is NotImplemented else o.__truediv__(self, context)

    def _divide(self, other, context):
        """(integer part of self / other, remainder), as // and % give them."""
        sign = self._sign ^ other._sign
        if other._exp == "F":
            ideal_exp = self._exp
        else:
            ideal_exp = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if not self or other._exp == "F" or expdiff <= -2:
            return (_dec(sign, "0", 0), self._rescale(ideal_exp, context.rounding))
        if expdiff <= context.prec:
            op1, op2 = int(self._int), int(other._int)
            if self._exp >= other._exp:
                op1 *= 10 ** (self._exp - other._exp)
            else:
                op2 *= 10 ** (other._exp - self._exp)
            q, r = divmod(op1, op2)
            if q < 10 ** context.prec:
                return (_dec(sign, q, 0), _dec(self._sign, r, ideal_exp))
        ans = context._raise_error(DivisionImpossible, "quotient too large in //, % or divmod")
        return ans, ans

    def _divmod_checks(self, other, context, op):
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return (ans, ans)
            sign = self._sign ^ other._sign
            if self._exp == "F":
                if other._exp == "F":
                    ans = context._raise_error(InvalidOperation, "divmod(INF, INF)")
                    return ans, ans
                ans = context._raise_error(InvalidOperation, "INF % x")
                return (_special(sign, "F"), ans)
        if not other:
            if not self:
                ans = context._raise_error(DivisionUndefined, "divmod(0, 0)")
                return ans, ans
            if op == "%":
                ans = context._raise_error(InvalidOperation, "x % 0")
                return ans, ans
            context._raise_error(DivisionByZero, "x // 0")
            ans = context._raise_error(InvalidOperation, "x % 0")
            return (_special(self._sign ^ other._sign, "F"), ans)
        return None

    def __divmod__(self, other, context=None):
        other = _operand(self, other, "divmod()")
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        special = self._divmod_checks(other, context, "divmod")
        if special is not None:
            return special
        quotient, remainder = self._divide(other, context)
        return quotient, remainder._fix(context)

    def __rdivmod__(self, other, context=None):
        o = _operand(self, other, "divmod()", True)
        return o if o is NotImplemented else o.__divmod__(self, context)

    def __mod__(self, other, context=None):
        other = _operand(self, other, "%")
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        special = self._divmod_checks(other, context, "%")
        if special is not None:
            return special[1]
        return self._divide(other, context)[1]._fix(context)

    def __rmod__(self, other, context=None):
        o = _operand(self, other, "%", True)
        return o if o is NotImplemented else o.__mod__(self, context)

    def __floordiv__(self, other, context=None):
        other = _operand(self, other, "//")
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        special = self._divmod_checks(other, context, "//")
        if special is not None:
            if not other and not (self._is_special or other._is_special) and self:
                return special[0]
            return special[0]
        return self._divide(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        o = _operand(self, other, "//", True)
        return o if o is NotImplemented else o.__floordiv__(self, context)

    def __neg__(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
        if not self and context.rounding != ROUND_FLOOR:
            return self.copy_abs()._fix(context)
        return self.copy_negate()._fix(context)

    def __pos__(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
        if not self and context.rounding != ROUND_FLOOR:
            return self.copy_abs()._fix(context)
        return Decimal(self)._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
        if self._sign:
            return self.__neg__(context=context)
        return self.__pos__(context=context)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return _pow_modulo(self, other, modulo, context)
        other = _operand(self, other, "** or pow()")
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        return _power(self, other, context)

    def __rpow__(self, other, context=None):
        o = _operand(self, other, "** or pow()", True)
        return o if o is NotImplemented else o.__pow__(self, context=context)

    # ---- comparisons

    def _compare_check_nans(self, other, context):
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            if self.is_snan():
                return context._raise_error(InvalidOperation, "comparison involving sNaN")
            if other.is_snan():
                return context._raise_error(InvalidOperation, "comparison involving sNaN")
            if self.is_qnan() or other.is_qnan():
                return context._raise_error(InvalidOperation, "comparison involving NaN")
        return None

    def __eq__(self, other, context=None):
        other = _convert(other, allow_float=True) if not isinstance(other, float) else Decimal.from_float(other)
        if other is NotImplemented:
            return other
        if self._isnan() or other._isnan():
            return False
        return _cmp(self, other) == 0

    def _ordered(self, other, op):
        if isinstance(other, float):
            getcontext().flags[FloatOperation] = True
            other = Decimal.from_float(other)
        else:
            other = _convert(other)
            if other is NotImplemented:
                return other
        if self._isnan() or other._isnan():
            if self._compare_check_nans(other, None) is not None or True:
                return False
        return _cmp(self, other)

    def __lt__(self, other, context=None):
        c = self._ordered(other, "<")
        return c if c is NotImplemented or c is False else c < 0

    def __le__(self, other, context=None):
        c = self._ordered(other, "<=")
        return c if c is NotImplemented or c is False else c <= 0

    def __gt__(self, other, context=None):
        c = self._ordered(other, ">")
        return c if c is NotImplemented or c is False else c > 0

    def __ge__(self, other, context=None):
        c = self._ordered(other, ">=")
        return c if c is NotImplemented or c is False else c >= 0

    def compare(self, other, context=None):
        """Decimal(-1), Decimal(0) or Decimal(1) as self is less, equal or greater; NaN for NaNs."""
        other = _convert(other, raiseit=True)
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
        return Decimal(_cmp(self, other))

    def compare_total(self, other, context=None):
        other = _convert(other, raiseit=True)
        a = self.as_tuple()
        b = other.as_tuple()
        if a == b:
            return Decimal(0)
        if self._sign != other._sign:
            return Decimal(-1) if self._sign else Decimal(1)
        c = _cmp(self, other) if not (self._is_special or other._is_special) else 0
        if c == 0:
            c = -1 if (self._exp if isinstance(self._exp, int) else 0) < (other._exp if isinstance(other._exp, int)
                                                                          else 0) else 1
        return Decimal(c if not self._sign else -c)

    def max(self, other, context=None):
        other = _convert(other, raiseit=True)
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            sn, on = self._isnan(), other._isnan()
            if sn or on:
                if on == 1 and sn == 0:
                    return self._fix(context)
                if sn == 1 and on == 0:
                    return other._fix(context)
                return self._check_nans(other, context)
        c = _cmp(self, other)
        if c == 0:
            c = self.compare_total(other)._cmp_sign()
        return (other if c < 0 else self)._fix(context)

    def min(self, other, context=None):
        other = _convert(other, raiseit=True)
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            sn, on = self._isnan(), other._isnan()
            if sn or on:
                if on == 1 and sn == 0:
                    return self._fix(context)
                if sn == 1 and on == 0:
                    return other._fix(context)
                return self._check_nans(other, context)
        c = _cmp(self, other)
        if c == 0:
            c = self.compare_total(other)._cmp_sign()
        return (self if c < 0 else other)._fix(context)

    def _cmp_sign(self):
        return 0 if not self else (-1 if self._sign else 1)

    # ---- exponent and rounding operations

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp: Decimal('2.675').quantize(Decimal('0.01'))."""
        exp = _convert(exp, raiseit=True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special or exp._is_special:
            ans = self._check_nans(exp, context)
            if ans is not None:
                return ans
            if exp._exp == "F" and self._exp == "F":
                return Decimal(self)
            return context._raise_error(InvalidOperation, "quantize with one INF")
        if not context.Etiny() <= exp._exp <= context.Emax:
            return context._raise_error(InvalidOperation, "target exponent out of bounds in quantize")
        if self._int == "0":
            return _dec(self._sign, "0", exp._exp)._fix(context)
        target = exp._exp
        if self._exp + len(self._int) - 1 > context.Emax:
            return context._raise_error(InvalidOperation, "exponent of quantize result too large for current context")
        if self._exp + len(self._int) - target > context.prec:
            return context._raise_error(InvalidOperation, "quantize result has too many digits for current context")
        if self._exp >= target:
            ans = _dec(self._sign, self._int + "0" * (self._exp - target), target)
            inexact = False
        else:
            coef, inexact = _round_coefficient(int(self._int), target - self._exp, rounding, self._sign)
            ans = _dec(self._sign, coef, target)
        if ans._int != "0" and len(ans._int) + target - 1 > context.Emax:
            return context._raise_error(InvalidOperation, "exponent of quantize result too large for current context")
        if len(ans._int) > context.prec:
            return context._raise_error(InvalidOperation, "quantize result has too many digits for current context")
        if ans._int != "0" and len(ans._int) + target - 1 < context.Emin:
            context._raise_error(Subnormal)
        if target > self._exp:
            if inexact:
                context._raise_error(Inexact)
            context._raise_error(Rounded)
        return ans._fix(context)

    def same_quantum(self, other, context=None):
        other = _convert(other, raiseit=True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        """self rounded to an integer (no Inexact or Rounded signals)."""
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        if rounding is None:
            rounding = (context or getcontext()).rounding
        return self._rescale(0, rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if self._is_special or self._exp >= 0:
            return self.to_integral_value(rounding, context)
        ans = self._rescale(0, rounding or context.rounding)
        if ans != self:
            context._raise_error(Inexact)
        context._raise_error(Rounded)
        return ans

    def normalize(self, context=None):
        """self rounded to the context, without trailing zeros (zero becomes 0)."""
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
        dup = self._fix(context)
        if dup._is_special:
            return dup
        if not dup:
            return _dec(dup._sign, "0", 0)
        exp_max = [context.Emax, context.Etop()][context.clamp]
        end = len(dup._int)
        exp = dup._exp
        while dup._int[end - 1] == "0" and exp < exp_max:
            exp += 1
            end -= 1
        return _dec(dup._sign, dup._int[:end], exp)

    def scaleb(self, other, context=None):
        other = _convert(other, raiseit=True)
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
        if other._exp != 0 or other._is_special:
            return context._raise_error(InvalidOperation)
        if self._is_special:
            return Decimal(self)
        return _dec(self._sign, self._int, self._exp + int(other))._fix(context)

    # ---- sign operations

    def copy_abs(self):
        if self._is_special:
            return _special(0, self._exp, self._int)
        return _dec(0, self._int, self._exp)

    def copy_negate(self):
        if self._is_special:
            return _special(1 - self._sign, self._exp, self._int)
        return _dec(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _convert(other, raiseit=True)
        if self._is_special:
            return _special(other._sign, self._exp, self._int)
        return _dec(other._sign, self._int, self._exp)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def radix(self):
        return Decimal(10)

    def canonical(self):
        return self

    # ---- functions

    def sqrt(self, context=None):
        """The square root, correctly rounded (half even)."""
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
            if self._exp == "F" and self._sign == 0:
                return Decimal(self)
        if not self:
            return _dec(self._sign, "0", self._exp // 2)._fix(context)
        if self._sign == 1:
            return context._raise_error(InvalidOperation, "sqrt(-x), x > 0")
        prec = context.prec + 1
        e = self._exp >> 1
        c = int(self._int)
        if self._exp & 1:
            c *= 10
            length = (len(self._int) >> 1) + 1
        else:
            length = len(self._int) + 1 >> 1
        shift = prec - length
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, remainder = divmod(c, 100 ** -shift)
            exact = not remainder
        e -= shift
        n = _isqrt(c)
        exact = exact and n * n == c
        if exact:
            if shift >= 0:
                n //= 10 ** shift
            else:
                n *= 10 ** -shift
            e += shift
        elif n % 5 == 0:
            n += 1
        ans = _dec(0, n, e)
        ctx = context.copy()
        ctx.rounding = ROUND_HALF_EVEN
        ctx.clear_flags()
        ans = ans._fix(ctx)
        for s, v in ctx.flags.items():
            if v:
                context._raise_error(s)
        return ans

    def exp(self, context=None):
        """e ** self, correctly rounded."""
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
            if self._sign:
                return _dec(0, "0", 0)
            return Decimal(self)
        if not self:
            return _dec(0, "1", 0)
        return _correctly_rounded(lambda digits: _exp_fixed(self, digits), context)

    def ln(self, context=None):
        """The natural logarithm, correctly rounded."""
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
            if self._sign:
                return context._raise_error(InvalidOperation, "ln of a negative value")
            return Decimal(self)
        if not self:
            return _special(1, "F")
        if self._sign:
            return context._raise_error(InvalidOperation, "ln of a negative value")
        if self == 1:
            return _dec(0, "0", 0)
        return _correctly_rounded(lambda digits: _ln_fixed(self, digits), context)

    def log10(self, context=None):
        """The base-10 logarithm, correctly rounded (exact for powers of ten)."""
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
            if self._sign:
                return context._raise_error(InvalidOperation, "log10 of a negative value")
            return Decimal(self)
        if not self:
            return _special(1, "F")
        if self._sign:
            return context._raise_error(InvalidOperation, "log10 of a negative value")
        stripped = self._int.rstrip("0")
        if stripped == "1":
            return Decimal(self._exp + len(self._int) - 1)._fix(context)
        return _correctly_rounded(lambda digits: _log10_fixed(self, digits), context)

    def fma(self, other, third, context=None):
        """self * other + third with one rounding."""
        other = _convert(other, raiseit=True)
        third = _convert(third, raiseit=True)
        if self._is_special or other._is_special:
            product = self.__mul__(other, context=Context(prec=MAX_PREC, traps=[InvalidOperation]))
        else:
            product = _dec(self._sign ^ other._sign, int(self._int) * int(other._int), self._exp + other._exp)
        return product.__add__(third, context=context)

    def logb(self, context=None):
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans is not None:
                return ans
            return _special(0, "F")
        if not self:
            (context or getcontext())._raise_error(DivisionByZero, "logb(0)")
            return _special(1, "F")
        return Decimal(self.adjusted())._fix(context or getcontext())


def _cmp(a, b):
    """-1, 0 or 1 comparing two non-NaN Decimals."""
    if a._is_special or b._is_special:
        ai = a._isinfinity()
        bi = b._isinfinity()
        return (ai > bi) - (ai < bi)
    if a._int == "0":
        if b._int == "0":
            return 0
        return 1 if b._sign else -1
    if b._int == "0":
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    adj_a = a._exp + len(a._int)
    adj_b = b._exp + len(b._int)
    if adj_a != adj_b:
        return s if adj_a > adj_b else -s
    exp = min(a._exp, b._exp)
    ca = int(a._int + "0" * (a._exp - exp))
    cb = int(b._int + "0" * (b._exp - exp))
    if ca == cb:
        return 0
    return s if ca > cb else -s


def _add(sign_a, a, sign_b, b, context):
    """a + b (finite, with the given signs), exact then rounded."""
    exp = min(a._exp, b._exp)
    if a._int == "0" and b._int == "0":
        sign = min(sign_a, sign_b)
        if context.rounding == ROUND_FLOOR and sign_a != sign_b:
            sign = 1
        return _dec(sign, "0", exp)._fix(context)
    if a._int == "0":
        exp = max(exp, b._exp - context.prec - 1)
        return _dec(sign_b, b._int, b._exp)._rescale(exp, context.rounding)._fix(context)
    if b._int == "0":
        exp = max(exp, a._exp - context.prec - 1)
        return _dec(sign_a, a._int, a._exp)._rescale(exp, context.rounding)._fix(context)
    ea, eb = a._exp, b._exp
    ca, cb = a._int, b._int
    # An operand far below the other's last relevant digit only counts as a sticky digit.
    if ea < eb:
        big_adj = eb + len(cb) - 1
        sticky_exp = min(eb, big_adj - context.prec - 2) - 1
        if ea + len(ca) - 1 < sticky_exp:
            ca, ea = "1", sticky_exp
    elif eb < ea:
        big_adj = ea + len(ca) - 1
        sticky_exp = min(ea, big_adj - context.prec - 2) - 1
        if eb + len(cb) - 1 < sticky_exp:
            cb, eb = "1", sticky_exp
    exp = min(ea, eb)
    va = int(ca) * 10 ** (ea - exp)
    vb = int(cb) * 10 ** (eb - exp)
    total = (-va if sign_a else va) + (-vb if sign_b else vb)
    if total == 0:
        return _dec(1 if context.rounding == ROUND_FLOOR else 0, "0", exp)._fix(context)
    if total < 0:
        return _dec(1, -total, exp)._fix(context)
    return _dec(0, total, exp)._fix(context)


# ---- power and the transcendental functions ---------------------------------------------------


def _is_integer(d):
    if d._is_special:
        return False
    if d._exp >= 0:
        return True
    return d._int[d._exp:].strip("0") == ""


def _power(x, y, context):
    if x._is_special or y._is_special:
        ans = x._check_nans(y, context)
        if ans is not None:
            return ans
    if not y:
        if not x:
            return context._raise_error(InvalidOperation, "0 ** 0")
        return _dec(0, "1", 0)
    result_sign = 0
    if x._sign == 1:
        if _is_integer(y):
            if not _is_even(y):
                result_sign = 1
        elif x:
            return context._raise_error(InvalidOperation, "x ** y with x negative and y not an integer")
        x = x.copy_negate()
    if not x:
        if y._sign == 0:
            return _dec(result_sign, "0", 0)
        return _special(result_sign, "F")
    if x._exp == "F":
        if y._sign == 0:
            return _special(result_sign, "F")
        return _dec(result_sign, "0", 0)
    if y._exp == "F":
        c = _cmp(x, Decimal(1))
        if c == 0:
            return _dec(result_sign, "1" + "0" * (context.prec - 1), 1 - context.prec)._fix(context)
        if (c > 0) == (y._sign == 0):
            return _special(result_sign, "F")
        return _dec(result_sign, "0", 0)
    if _is_integer(y):
        n = int(y)
        cx = int(x._int)
        if n > 0 and n * len(x._int) <= 4 * context.prec + 200:
            return _dec(result_sign, cx ** n, x._exp * n)._fix(context)
        if n < 0 and -n * len(x._int) <= 4 * context.prec + 200:
            denominator = _dec(0, cx ** -n, x._exp * -n)
            ctx = context.copy()
            ctx.prec = context.prec + 3
            ctx.traps = _SignalDict({s: False for s in _SIGNALS})
            ans = _dec(0, "1", 0).__truediv__(denominator, context=ctx)
            return _dec(result_sign, ans._int, ans._exp)._fix(context) if not ans._is_special else ans
    ans = _correctly_rounded(lambda digits: _pow_fixed(x, y, digits), context)
    if result_sign and not ans._is_special:
        ans = ans.copy_negate()
    return ans


def _is_even(y):
    if y._exp > 0:
        return True
    digit = y._int[y._exp - 1] if -y._exp < len(y._int) else "0"
    return digit in "02468"


def _pow_modulo(x, y, modulo, context):
    x = _convert(x, raiseit=True)
    y = _convert(y, raiseit=True)
    modulo = _convert(modulo, raiseit=True)
    if context is None:
        context = getcontext()
    if not (_is_integer(x) and _is_integer(y) and _is_integer(modulo)):
        return context._raise_error(InvalidOperation, "pow() 3rd argument not allowed unless all arguments are integers")
    if y < 0:
        return context._raise_error(InvalidOperation, "pow() 2nd argument cannot be negative when 3rd argument specified")
    if not modulo:
        return context._raise_error(InvalidOperation, "pow() 3rd argument cannot be 0")
    m = abs(int(modulo))
    base = abs(int(x)) % m
    r = pow(base, int(y), m)
    sign = 1 if x._sign and not _is_even(y) else 0
    return _dec(sign, r, 0)


def _correctly_rounded(approx, context):
    """The value that approx(digits) approximates, rounded to the context.

    approx(digits) returns (coefficient, exponent) with an error below one unit in its last place
    and at least `digits` significant digits; digits grow until the rounding is unambiguous."""
    extra = 6
    while True:
        digits = context.prec + extra
        coef, exp = approx(digits)
        sign = 0
        if coef < 0:
            sign, coef = 1, -coef
        # coef is within 1 of the true value * 10**-exp: the rounding is safe unless the digits
        # dropped are within 1 of a rounding boundary.
        n = _digit_count(coef)
        drop = n - context.prec
        if drop <= 1:
            extra += 6
            continue
        divisor = 10 ** drop
        r = coef % divisor
        half = divisor // 2
        if 1 < r < divisor - 1 and abs(r - half) > 1:
            break
        extra += 10
        if extra > 200 + context.prec:
            break
    ctx = context.copy()
    ctx.clear_flags()
    ctx.traps = _SignalDict({s: False for s in _SIGNALS})
    # a sticky digit marks the value inexact without moving it off its rounding side
    ans = _dec(sign, coef * 10 + 1, exp - 1)._fix(ctx)
    for s in (Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped):
        if ctx.flags[s]:
            context._raise_error(s)
    if context.rounding != ROUND_HALF_EVEN:
        pass
    return ans


def _fixed_ln(x, p):
    """ln(x / 10**p) * 10**p for an integer x > 0 (fixed point with p digits), error a few units."""
    one = 10 ** p
    # range reduction: x = m * 2**k with m close to 1
    k = 0
    while x > 2 * one:
        x = (x + 1) // 2
        k += 1
    while x < one // 2:
        x *= 2
        k -= 1
    # ln(x) = 2 atanh((x-1)/(x+1))
    z = (x - one) * one // (x + one)
    z2 = z * z // one
    term = z
    total = 0
    n = 1
    while term != 0:
        total += term // n
        term = term * z2 // one
        n += 2
    result = 2 * total
    if k:
        result += k * _fixed_ln2(p)
    return result


_LN2_CACHE = {}


def _fixed_ln2(p):
    if p in _LN2_CACHE:
        return _LN2_CACHE[p]
    # ln 2 = 2 atanh(1/3)
    q = p + 10
    one = 10 ** q
    z = one // 3
    z2 = one // 9
    term = z
    total = 0
    n = 1
    while term != 0:
        total += term // n
        term = term * z2 // one
        n += 2
    value = (2 * total) // 10 ** 10
    _LN2_CACHE[p] = value
    return value


def _ln_fixed(x, digits):
    """(coefficient, exponent) of ln(x) with `digits` significant digits (x > 0, x != 1)."""
    guard = digits + 10
    adj = x.adjusted()
    # x = m * 10**adj with 1 <= m < 10; ln x = ln m + adj ln 10
    p = guard + len(str(abs(adj))) + 2
    while True:
        m = int(x._int)
        shift = p - (len(x._int) - 1)
        m = m * 10 ** shift if shift >= 0 else m // 10 ** -shift
        value = _fixed_ln(m, p)
        if adj:
            value += adj * _fixed_ln(10 * 10 ** p, p)
        if value == 0:
            p += 20
            continue
        # significant digits available: digits of |value| minus the uncertain last few
        if _digit_count(abs(value)) - 3 >= digits:
            return _trim(value, -p, digits)
        p += digits


def _trim(value, exp, digits):
    """(value, exp) cut to digits + 2 significant digits, keeping the error below one unit."""
    n = _digit_count(abs(value))
    drop = n - (digits + 2)
    if drop > 0:
        sign = -1 if value < 0 else 1
        value = sign * (abs(value) // 10 ** drop)
        exp += drop
    return value, exp


def _log10_fixed(x, digits):
    p = digits + 20 + len(str(abs(x.adjusted())))
    while True:
        ln_x, e1 = _ln_fixed(x, p)
        ln10 = _fixed_ln(10 * 10 ** (p + 5), p + 5)
        # ln_x * 10**e1 / (ln10 * 10**-(p+5))
        num = ln_x * 10 ** (p + 5)
        value = num * 10 ** (p + 5) // ln10 if num >= 0 else -((-num) * 10 ** (p + 5) // ln10)
        exp = e1 - (p + 5)
        if _digit_count(abs(value)) - 3 >= digits:
            return _trim(value, exp, digits)
        p += digits


def _fixed_exp(x, p):
    """exp(x / 10**p) * 10**p for an integer x with |x| < 10**p (fixed point), error a few units."""
    one = 10 ** p
    # range reduction: exp(x) = exp(x / 2**k) ** (2**k)
    k = 0
    while abs(x) > one // 8:
        x //= 2
        k += 1
    term = one
    total = one
    n = 1
    while term != 0:
        term = term * x // (one * n)
        total += term
        n += 1
    for _ in range(k):
        total = total * total // one
    return total


def _exp_fixed(x, digits):
    """(coefficient, exponent) of exp(x) with at least `digits` significant digits."""
    # exp(x) = 10**q * exp(r) where q = floor(x / ln 10) and 0 <= r < ln 10
    adj = x.adjusted()
    if adj > 20:
        raise OverflowError("exp argument too large")
    p = digits + 12 + max(adj, 0)
    while True:
        work = p + 10
        ln10 = _fixed_ln(10 * 10 ** work, work)
        xv = int(x._int)
        shift = work + x._exp
        xv = xv * 10 ** shift if shift >= 0 else xv // 10 ** -shift
        if x._sign:
            xv = -xv
        q = xv // ln10
        r = xv - q * ln10
        value = _fixed_exp_any(r, work)
        if _digit_count(value) - 3 >= digits:
            v, e = _trim(value, -work, digits)
            return v, e + q
        p += digits


def _fixed_exp_any(x, p):
    one = 10 ** p
    k = 0
    while abs(x) >= one:
        x //= 2
        k += 1
    value = _fixed_exp(x, p)
    for _ in range(k):
        value = value * value // one
    return value


def _pow_fixed(x, y, digits):
    """(coefficient, exponent) of x ** y = exp(y ln x) with at least `digits` significant digits."""
    p = digits + 20
    while True:
        ln_x, e1 = _ln_fixed(x, p + len(y._int) + 10) if x != 1 else (0, 0)
        prod = _dec(1 if (ln_x < 0) ^ y._sign else 0, abs(ln_x) * int(y._int), e1 + y._exp)
        v, e = _exp_fixed(prod, p)
        if _digit_count(v) - 3 >= digits:
            return _trim(v, e, digits)
        p += digits


# ---- format -----------------------------------------------------------------------------------


def _parse_format_spec(spec):
    """fill, align, sign, zero, width, thousands separator, precision, type of a format spec."""
    fill = " "
    align = None
    i = 0
    if len(spec) >= 2 and spec[1] in "<>=^":
        fill, align = spec[0], spec[1]
        i = 2
    elif spec[:1] in ("<", ">", "=", "^"):
        align = spec[0]
        i = 1
    sign = "-"
    if spec[i:i + 1] in ("+", "-", " "):
        sign = spec[i]
        i += 1
    no_neg_0 = False
    if spec[i:i + 1] == "z":
        no_neg_0 = True
        i += 1
    alt = False
    if spec[i:i + 1] == "#":
        alt = True
        i += 1
    zeropad = False
    if spec[i:i + 1] == "0":
        zeropad = True
        if align is None:
            fill, align = "0", "="
        i += 1
    start = i
    while i < len(spec) and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else None
    thousands = ""
    if spec[i:i + 1] in (",", "_"):
        thousands = spec[i]
        i += 1
    precision = None
    if spec[i:i + 1] == ".":
        i += 1
        start = i
        while i < len(spec) and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError("Invalid format specifier")
        precision = int(spec[start:i])
    ftype = spec[i:i + 1] or None
    if ftype is not None:
        i += 1
    if i != len(spec) or (ftype is not None and ftype not in "eEfFgGn%"):
        raise ValueError("Invalid format specifier")
    if align is None:
        align = ">"
    if ftype == "n":
        thousands = thousands or ""
    return fill, align, sign, no_neg_0, alt, zeropad, width, thousands, precision, ftype


def _group(digits, sep, min_width=0):
    if not sep:
        return digits.rjust(min_width, "0") if min_width else digits
    groups = []
    while len(digits) > 3:
        groups.append(digits[-3:])
        digits = digits[:-3]
    groups.append(digits)
    text = sep.join(reversed(groups))
    while min_width and len(text) < min_width:
        # zero padding goes into the grouping, as Python pads grouped numbers
        if len(groups[-1]) < 3:
            groups[-1] = "0" + groups[-1]
        else:
            groups.append("0")
        text = sep.join(reversed(groups))
        if len(text) == min_width + 1 and text.startswith("0" + sep):
            text = text[2:]
            break
    return text


def _format_decimal(d, specifier, context):
    fill, align, sign_opt, no_neg_0, alt, zeropad, width, thousands, precision, ftype = _parse_format_spec(specifier)

    def sign_of(neg):
        if neg:
            return "-"
        if sign_opt == "+":
            return "+"
        if sign_opt == " ":
            return " "
        return ""

    if d._is_special:
        body = str(d.copy_abs())
        if ftype == "%":
            body += "%"
        return _align(sign_of(d._sign), body, fill, align, width, False, "")
    if ftype is None:
        ftype = "gG"[context.capitals]
    if ftype == "%":
        d = _dec(d._sign, d._int, d._exp + 2)
    rounding = context.rounding
    if precision is not None:
        if ftype in "eE":
            d = d._round(precision + 1, rounding)
        elif ftype in "fF%":
            d = d._rescale(-precision, rounding)
        elif ftype in "gGn" and len(d._int) > precision:
            d = d._round(precision, rounding)
    if not d and d._exp > 0 and ftype in "fF%":
        d = d._rescale(0, rounding)
    neg = d._sign and not (no_neg_0 and not d)
    leftdigits = d._exp + len(d._int)
    if ftype in "eE":
        dotplace = 1 - precision if (not d and precision is not None) else 1
    elif ftype in "fF%":
        dotplace = leftdigits
    else:
        dotplace = leftdigits if (d._exp <= 0 and leftdigits > -6) else 1
    if dotplace < 0:
        intpart = "0"
        fracpart = "0" * (-dotplace) + d._int
    elif dotplace > len(d._int):
        intpart = d._int + "0" * (dotplace - len(d._int))
        fracpart = ""
    else:
        intpart = d._int[:dotplace] or "0"
        fracpart = d._int[dotplace:]
    exp = leftdigits - dotplace
    if fracpart or alt:
        fracpart = "." + fracpart
    if exp != 0 or ftype in "eE":
        echar = {"E": "E", "e": "e", "G": "E", "g": "e"}.get(ftype, "E")
        fracpart += "%s%+d" % (echar, exp)
    if ftype == "%":
        fracpart += "%"
    sign = sign_of(neg)
    if zeropad and align == "=" and width is not None:
        min_width = width - len(fracpart) - len(sign)
    else:
        min_width = 0
    intpart = _group(intpart, thousands, min_width)
    return _align(sign, intpart + fracpart, fill, align, width, False, "")


def _align(sign, body, fill, align, width, _zero, _sep):
    text = sign + body
    if width is None or len(text) >= width:
        return text
    padding = width - len(text)
    if align == "<":
        return text + fill * padding
    if align == ">":
        return fill * padding + text
    if align == "=":
        return sign + fill * padding + body
    half = padding // 2
    return fill * half + text + fill * (padding - half)


_NaN = _special(0, "n")

import numbers as _numbers

_numbers.Number.register(Decimal)

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                         traps=[DivisionByZero, Overflow, InvalidOperation], flags=[])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation, Clamped,
                                                              Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])
