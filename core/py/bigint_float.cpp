// BigInt and float: conversions both ways, true division, exact comparison, and the numeric hash
// that makes equal ints and floats hash alike. Each conversion rounds once, to nearest with ties
// to even, as CPython does: it computes the few bits past a double's 53 exactly (plus a "sticky"
// bit for anything nonzero below them) and lets that round.
#include "py/bigint.hpp"
#include "py/bigint_detail.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace revlab::py {

namespace bd = bigint_detail;

namespace {

std::uint64_t low64(const bd::Limbs& a) {
    return a.empty() ? 0 : a.size() == 1 ? a[0] : (std::uint64_t{a[1]} << 32) | a[0];
}

} // namespace

double BigInt::to_double() const {
    const std::size_t bits = bit_length();
    double d;
    if (bits <= 64) {
        d = static_cast<double>(low64(mag_)); // the conversion itself rounds to nearest, ties to even
    } else {
        // The top 64 bits, with the lowest one set when anything below them is: rounding that to 53
        // bits is rounding the whole number (the sticky bit lies below the rounding position).
        const std::size_t shift = bits - 64;
        std::uint64_t top = low64(bd::shift_right(mag_, shift));
        if (bd::any_low_bits(mag_, shift)) top |= 1;
        d = bits > DBL_MAX_EXP + 1 ? HUGE_VAL : std::ldexp(static_cast<double>(top), static_cast<int>(shift));
        if (std::isinf(d)) throw NumberError(NumberError::Kind::Overflow, "int too large to convert to float");
    }
    return neg_ ? -d : d;
}

BigInt BigInt::from_double(double x) {
    if (std::isnan(x)) throw NumberError(NumberError::Kind::Value, "cannot convert float NaN to integer");
    if (std::isinf(x)) throw NumberError(NumberError::Kind::Overflow, "cannot convert float infinity to integer");
    const double t = std::trunc(x);
    if (std::fabs(t) < 9223372036854775808.0) return BigInt(static_cast<std::int64_t>(t));
    // |t| >= 2**63: t = m * 2**e with m in [0.5, 1), so m * 2**53 is its 53-bit integer mantissa.
    int e = 0;
    const double m = std::frexp(std::fabs(t), &e);
    const auto mantissa = static_cast<std::uint64_t>(std::ldexp(m, DBL_MANT_DIG));
    return from_limbs(t < 0, bd::shift_left(bd::from_uint64(mantissa), static_cast<std::size_t>(e - DBL_MANT_DIG)));
}

double BigInt::true_divide(const BigInt& a, const BigInt& b) {
    if (b.is_zero()) throw NumberError(NumberError::Kind::ZeroDivision, "division by zero");
    const bool negate = a.neg_ != b.neg_;
    const std::size_t a_bits = a.bit_length(), b_bits = b.bit_length();
    // Both exact as doubles: one IEEE division rounds correctly (and 0 / -5 is -0.0, as in Python).
    if (a_bits <= DBL_MANT_DIG && b_bits <= DBL_MANT_DIG) return a.to_double() / b.to_double();
    const auto too_large = [] {
        return NumberError(NumberError::Kind::Overflow, "integer division result too large for a float");
    };
    const long diff = static_cast<long>(a_bits) - static_cast<long>(b_bits); // a/b is in [2**(diff-1), 2**(diff+1))
    if (diff > DBL_MAX_EXP) throw too_large();
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return negate ? -0.0 : 0.0; // below half the least subnormal
    // Scale a by 2**-shift so that the integer quotient q has DBL_MANT_DIG + 2 or + 3 bits (more
    // bits are kept for a subnormal result, whose precision is lower): then the rounding to the
    // double's precision happens on q's lowest 2 or 3 bits, with the remainder as sticky bit.
    const long shift = std::max(diff, static_cast<long>(DBL_MIN_EXP)) - DBL_MANT_DIG - 2;
    bool inexact = false;
    bd::Limbs x;
    if (shift <= 0) {
        x = bd::shift_left(a.mag_, static_cast<std::size_t>(-shift));
    } else {
        x = bd::shift_right(a.mag_, static_cast<std::size_t>(shift));
        inexact = bd::any_low_bits(a.mag_, static_cast<std::size_t>(shift));
    }
    bd::Limbs q, r;
    bd::divmod(x, b.mag_, q, r);
    inexact = inexact || !r.empty();
    const long q_bits = static_cast<long>(bd::bit_length(q));
    const long extra = std::max(q_bits, DBL_MIN_EXP - shift) - DBL_MANT_DIG; // bits to round away: 2 or 3
    const std::uint64_t mask = std::uint64_t{1} << (extra - 1);
    std::uint64_t low = low64(q) | (inexact ? 1 : 0);
    // Round half to even: up when above half, or exactly half with an odd kept part.
    if ((low & mask) && (low & (3 * mask - 1))) low += mask;
    low &= ~(2 * mask - 1);
    // q fits in 64 bits (at most DBL_MANT_DIG + 3), so `low` is all of it now; the double is exact.
    const double dq = static_cast<double>(low);
    const long result_bits = shift + static_cast<long>(bd::bit_length(bd::from_uint64(low)));
    if (result_bits > DBL_MAX_EXP) throw too_large();
    const double result = std::ldexp(dq, static_cast<int>(shift));
    if (std::isinf(result)) throw too_large();
    return negate ? -result : result;
}

std::partial_ordering compare(const BigInt& n, double x) {
    if (std::isnan(x)) return std::partial_ordering::unordered;
    if (std::isinf(x)) return x > 0 ? std::partial_ordering::less : std::partial_ordering::greater;
    // Small ints are exact doubles.
    if (n.bit_length() <= DBL_MANT_DIG) {
        const double d = n.to_double();
        return d < x ? std::partial_ordering::less : d > x ? std::partial_ordering::greater : std::partial_ordering::equivalent;
    }
    // Exactly: against the integer floor(x); n above it is above x too (x < floor(x) + 1 <= n), and
    // n equal to it is below x when x has a fractional part.
    const double f = std::floor(x);
    const std::strong_ordering c = n <=> BigInt::from_double(f);
    if (c != std::strong_ordering::equal) return c;
    return x > f ? std::partial_ordering::less : std::partial_ordering::equivalent;
}

namespace {

// Python's numeric hash works modulo the Mersenne prime P = 2**61 - 1, where multiplying by 2**k
// is a rotation of 61 bits (2**61 = 1 mod P).
constexpr std::uint64_t kModulus = (std::uint64_t{1} << 61) - 1;

std::uint64_t rotate61(std::uint64_t h, unsigned k) {
    k %= 61;
    return k == 0 ? h : ((h << k) & kModulus) | (h >> (61 - k));
}

std::int64_t signed_hash(std::uint64_t h, bool negative) {
    const auto v = static_cast<std::int64_t>(h);
    const std::int64_t r = negative ? -v : v;
    return r == -1 ? -2 : r; // -1 is the error value of CPython's hash functions
}

} // namespace

std::int64_t BigInt::hash() const {
    std::uint64_t h = 0;
    for (std::size_t i = mag_.size(); i-- > 0;) {
        h = rotate61(h, bd::kLimbBits) + mag_[i]; // h * 2**32 + limb, mod P
        if (h >= kModulus) h -= kModulus;
    }
    return signed_hash(h, neg_);
}

std::int64_t hash_double(double x) {
    if (std::isnan(x)) return 0;
    if (std::isinf(x)) return x > 0 ? 314159 : -314159;
    // |x| = mantissa * 2**e with a 53-bit integer mantissa (< P): its hash is mantissa * 2**e mod P,
    // e taken modulo 61 since 2**61 = 1.
    int e = 0;
    const double m = std::frexp(std::fabs(x), &e);
    const auto mantissa = static_cast<std::uint64_t>(std::ldexp(m, DBL_MANT_DIG));
    const int k = ((e - DBL_MANT_DIG) % 61 + 61) % 61;
    return signed_hash(rotate61(mantissa, static_cast<unsigned>(k)), x < 0);
}

} // namespace revlab::py
