// Exact decimal digits of a double, the engine under float repr, format() and %-formatting, and
// round(x, n); and the correctly rounded way back from decimal to double, under float().
//
// CPython gets these from David Gay's dtoa.c. This computes them with BigInt on the exact binary
// value instead: slower than dtoa (microseconds), but short, the same natively and in wasm (whose
// libc++ has no floating-point std::to_chars), and correct by construction, with the same answers:
// the shortest digits that read back to the same double (the closest of them), and correct rounding
// with ties to even everywhere else.
#pragma once

#include "py/bigint.hpp"

#include <cstdint>
#include <string>

namespace revlab::py::float_digits {

// value = 0.DIGITS * 10**decpt. digits has no trailing zeros and starts with a nonzero digit,
// except for zero, which is "0" with decpt 1 (as dtoa gives it).
struct Decimal {
    std::string digits;
    int decpt = 1;
};

// For finite x >= 0:
// the shortest digits that round-trip (repr), dtoa's mode 0;
Decimal shortest(double x);
// rounded to n >= 1 significant digits, dtoa's mode 2;
Decimal significant(double x, int n);
// rounded to n >= 0 digits after the point, dtoa's mode 3 (a result that rounds to zero is "0").
Decimal fixed(double x, int n);

// mantissa * 10**exp10 correctly rounded to a double (mantissa >= 0); inf when too large.
double decimal_to_double(const BigInt& mantissa, std::int64_t exp10);

// The exact rational value of finite x > 0 as num / den (den a power of two), and 10**n.
void exact_ratio(double x, BigInt& num, BigInt& den);
BigInt pow10(unsigned n);

} // namespace revlab::py::float_digits
