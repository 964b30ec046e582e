// Float arithmetic where Python differs from C: floor division and modulo take the divisor's sign,
// ** has its own rules for zeros, infinities and negative bases, and round() rounds the exact
// decimal value. The branches follow CPython's floatobject.c case by case; libm is left only what
// it agrees on everywhere (fmod is exact, pow is only called for finite positive bases).
#include "py/floats.hpp"
#include "py/float_digits.hpp"

#include <cfloat>
#include <cmath>

namespace revlab::py {

namespace {

[[noreturn]] void zero_division(const char* message) {
    throw NumberError(NumberError::Kind::ZeroDivision, message);
}

bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

} // namespace

double float_truediv(double a, double b) {
    if (b == 0) zero_division("float division by zero");
    return a / b;
}

// Python's divmod on floats (CPython's _float_div_mod). fmod is exact; the quotient is then
// computed from the exactly divisible a - mod and snapped to the nearest integer.
static std::pair<double, double> divmod_unchecked(double a, double b) {
    double mod = std::fmod(a, b);
    double div = (a - mod) / b;
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) { // the remainder takes the divisor's sign
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, b);
    }
    double floordiv;
    if (div != 0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, a / b);
    }
    return {floordiv, mod};
}

double float_floordiv(double a, double b) {
    if (b == 0) zero_division("float floor division by zero");
    return divmod_unchecked(a, b).first;
}

double float_mod(double a, double b) {
    if (b == 0) zero_division("float modulo");
    double mod = std::fmod(a, b);
    if (mod != 0) {
        if ((b < 0) != (mod < 0)) mod += b;
    } else {
        mod = std::copysign(0.0, b);
    }
    return mod;
}

std::pair<double, double> float_divmod(double a, double b) {
    if (b == 0) zero_division("float divmod()");
    return divmod_unchecked(a, b);
}

double float_pow(double v, double w) {
    if (w == 0) return 1.0; // even nan ** 0
    if (std::isnan(v)) return v;
    if (std::isnan(w)) return v == 1.0 ? 1.0 : w; // 1 ** nan is 1
    if (std::isinf(w)) {
        // |v| < 1: 0 for +inf, inf for -inf; |v| > 1 the other way round; |v| == 1: 1.
        const double a = std::fabs(v);
        if (a == 1.0) return 1.0;
        return (w > 0) == (a > 1.0) ? HUGE_VAL : 0.0;
    }
    if (std::isinf(v)) {
        // inf for a positive power, 0 for a negative one, with v's sign when w is an odd integer.
        const bool odd = is_odd_integer(w);
        if (w > 0) return odd ? v : std::fabs(v);
        return odd ? std::copysign(0.0, v) : 0.0;
    }
    if (v == 0) {
        if (w < 0) zero_division("0.0 cannot be raised to a negative power");
        return is_odd_integer(w) ? v : 0.0; // (-0.0) ** 3 is -0.0
    }
    bool negate = false;
    if (v < 0) {
        if (w != std::floor(w))
            throw NumberError(NumberError::Kind::Value, "negative number cannot be raised to a fractional power");
        v = -v;
        negate = is_odd_integer(w);
    }
    if (v == 1.0) return negate ? -1.0 : 1.0;
    // Finite, positive, not 1, and w nonzero: libm's pow. Only overflow is an error; an underflow
    // to 0 is not (CPython clears that ERANGE).
    const double r = std::pow(v, w);
    if (std::isinf(r)) throw NumberError(NumberError::Kind::Overflow, "(34, 'Numerical result out of range')");
    return negate ? -r : r;
}

BigInt float_round(double x) {
    double rounded = std::round(x); // half away from zero...
    if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0); // ...but ties go to even
    return BigInt::from_double(rounded);
}

double float_round(double x, std::int64_t ndigits) {
    // Past these, every double rounds to itself, or to a zero (CPython's NDIGITS_MAX and NDIGITS_MIN:
    // 0.30103 * (DBL_MANT_DIG - DBL_MIN_EXP) and -0.30103 * (DBL_MAX_EXP + 1)).
    constexpr std::int64_t kMaxDigits = 323, kMinDigits = -308;
    if (!std::isfinite(x)) return x;
    if (ndigits > kMaxDigits) return x;
    if (ndigits < kMinDigits) return 0.0 * x;
    if (x == 0) return x;
    // N = round(|x| * 10**ndigits) exactly, ties to even, then N * 10**-ndigits as the double nearest
    // to it: CPython does the same through dtoa's correctly rounded string and strtod.
    BigInt num, den;
    float_digits::exact_ratio(std::fabs(x), num, den);
    if (den == BigInt(1) && ndigits >= 0) return x; // an integer already
    const BigInt p = float_digits::pow10(static_cast<unsigned>(ndigits >= 0 ? ndigits : -ndigits));
    if (ndigits >= 0)
        num = num * p;
    else
        den = den * p;
    auto [n, rem] = BigInt::divmod(num, den);
    const auto c = (rem + rem) <=> den;
    if (c > 0 || (c == 0 && n.is_odd())) n = n + BigInt(1);
    const double r = float_digits::decimal_to_double(n, -ndigits);
    if (std::isinf(r)) throw NumberError(NumberError::Kind::Overflow, "rounded value too large to represent");
    return std::copysign(r, x);
}

bool float_is_integer(double x) { return std::isfinite(x) && std::floor(x) == x; }

} // namespace revlab::py
