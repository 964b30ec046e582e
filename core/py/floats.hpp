// Python's float: its text both ways (repr, float(), literals, and the conversions under format()
// and %-formatting), the operators whose semantics differ from C's (//, %, divmod, **), round(),
// and is_integer(). Errors are NumberErrors with Python 3.11's messages.
#pragma once

#include "py/bigint.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace revlab::py {

// ---- text (float_text.cpp)

// repr(x) and str(x): the shortest digits that read back to x, in fixed notation from 1e-4 to
// 1e16 ("0.0001", "1e+16", "1.5", "1.0"), else in exponent notation; "inf", "-inf", "nan", "-0.0".
std::string float_repr(double x);

// float(text): surrounding whitespace, a sign, digits with single underscores between them, an
// optional point and exponent, or inf/infinity/nan in any case; Unicode digits and spaces as
// Python. Too large is inf, too small 0.0. "could not convert string to float: 'x'" otherwise.
double parse_float(std::string_view text);
// A float literal of Python source as the tokenizer delimits it ("1_000.5", "1e-3", ".5").
double parse_float_literal(std::string_view text);

// CPython's PyOS_double_to_string, under format() and %: type 'e', 'f', 'g' (upper case for
// 'E' 'F' 'G': "1E+16", "INF") or 'r' (repr); precision as those pass it (digits after the point
// for e and f, significant digits for g, unused for r).
enum DoubleToStringFlags : unsigned {
    kAlwaysSign = 1,  // '+' before a positive number
    kAddDotZero = 2,  // "1.0", not "1", when the result looks like an integer (repr, format's None)
    kAlternate = 4,   // '#': keep the point and trailing zeros
    kNoNegativeZero = 8, // 'z': no '-' before a result that rounds to zero
};
std::string double_to_string(double x, char type, int precision, unsigned flags);

// ---- arithmetic (floats.cpp)

double float_truediv(double a, double b);                  // "float division by zero"
double float_floordiv(double a, double b);                 // "float floor division by zero"
double float_mod(double a, double b);                      // "float modulo"; the sign of b
std::pair<double, double> float_divmod(double a, double b); // "float divmod()"
// a ** b. 0.0 to a negative power is ZeroDivisionError; a negative number to a fractional power,
// which Python answers with a complex number, is a ValueError here ("negative number cannot be
// raised to a fractional power"); overflow is Python's "(34, 'Numerical result out of range')".
// For int ** negative int, Python converts both to float and comes here.
double float_pow(double a, double b);

// round(x): the nearest integer, ties to even; inf and nan raise as int(x) does.
BigInt float_round(double x);
// round(x, ndigits): correctly rounded to ndigits decimal places (ndigits may be negative), as
// CPython does it through the exact decimal value: round(2.675, 2) == 2.67, round(0.125, 2) == 0.12.
// Callers may clamp a huge ndigits into int64: past +-400 the answer no longer changes.
double float_round(double x, std::int64_t ndigits);

bool float_is_integer(double x);

} // namespace revlab::py
