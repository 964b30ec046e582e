#include "py/float_digits.hpp"
#include "py/bigint_detail.hpp"

#include <algorithm>
#include <bit>
#include <cfloat>
#include <cmath>
#include <cstdint>

namespace revlab::py::float_digits {

namespace bd = bigint_detail;

namespace {

// No cap: these numbers are bounded by the double's range (about 1100 decimal digits at most).
constexpr IntLimits kUnlimited{~std::size_t{0}, 0};

// A finite double as mantissa * 2**exponent, from its bits: the mantissa has the implicit bit of a
// normal number, and subnormals share the least exponent.
struct Binary {
    std::uint64_t mantissa;
    int exponent;
    bool lower_gap_smaller; // a power of two above the least normal: the double below is closer
};

Binary decompose(double x) {
    const auto bits = std::bit_cast<std::uint64_t>(x);
    const auto biased = static_cast<int>((bits >> 52) & 0x7FF);
    const std::uint64_t fraction = bits & ((std::uint64_t{1} << 52) - 1);
    if (biased == 0) return {fraction, -1074, false};
    return {fraction | (std::uint64_t{1} << 52), biased - 1075, fraction == 0 && biased > 1};
}

bd::Limbs limbs_of(std::uint64_t v) { return bd::from_uint64(v); }

void times10(bd::Limbs& a) { bd::mul_small_add(a, 10, 0); }

// Rounds num / den to the nearest integer, ties to even.
BigInt round_ratio(const BigInt& num, const BigInt& den) {
    auto [q, r] = BigInt::divmod(num, den);
    const auto c = (r + r) <=> den;
    if (c > 0 || (c == 0 && q.is_odd())) q = q + BigInt(1);
    return q;
}

Decimal from_integer(const BigInt& n, int digits_after_point) {
    std::string s = n.to_string(10, kUnlimited);
    const int decpt = static_cast<int>(s.size()) - digits_after_point;
    s.erase(s.find_last_not_of('0') + 1);
    return {s, decpt};
}

} // namespace

BigInt pow10(unsigned n) { return BigInt::pow(BigInt(10), BigInt(static_cast<std::int64_t>(n)), kUnlimited); }

void exact_ratio(double x, BigInt& num, BigInt& den) {
    const Binary b = decompose(x);
    num = BigInt::from_uint64(b.mantissa);
    den = BigInt(1);
    if (b.exponent >= 0)
        num = BigInt::shift_left(num, BigInt(b.exponent), kUnlimited);
    else
        den = BigInt::shift_left(den, BigInt(-b.exponent), kUnlimited);
}

Decimal shortest(double x) {
    if (x == 0) return {"0", 1};
    // Steele & White's free-format algorithm as Burger & Dybvig state it: x = r/s, and the doubles
    // next to x are (r - m_minus)/s and (r + m_plus)/s scaled by 2 (the midpoints are what reads
    // back to x). Digits are generated until the rest lies within those bounds. With an even
    // mantissa the bounds themselves read back to x (ties go to even), so they count as inside.
    const Binary b = decompose(x);
    const bool even = (b.mantissa & 1) == 0;
    bd::Limbs r = limbs_of(b.mantissa), s{1}, m_plus{1}, m_minus{1};
    const std::size_t scale = b.lower_gap_smaller ? 2 : 1; // the upper gap is twice the lower one
    if (b.exponent >= 0) {
        r = bd::shift_left(r, static_cast<std::size_t>(b.exponent) + scale);
        s = bd::shift_left(s, scale);
        m_plus = bd::shift_left(m_plus, static_cast<std::size_t>(b.exponent) + scale - 1);
        m_minus = bd::shift_left(m_minus, static_cast<std::size_t>(b.exponent));
    } else {
        r = bd::shift_left(r, scale);
        s = bd::shift_left(s, static_cast<std::size_t>(-b.exponent) + scale);
        m_plus = bd::shift_left(m_plus, scale - 1);
    }
    // decpt: the k with 10**(k-1) <= x < 10**k, from log10 (possibly one off, fixed below).
    int k = static_cast<int>(std::ceil(std::log10(x) - 1e-10));
    const bd::Limbs p = pow10(static_cast<unsigned>(std::abs(k))).limbs();
    if (k >= 0) {
        s = bd::mul(s, p);
    } else {
        r = bd::mul(r, p);
        m_plus = bd::mul(m_plus, p);
        m_minus = bd::mul(m_minus, p);
    }
    bd::Limbs high;
    const auto high_reaches = [&](const bd::Limbs& limit) { // r + m_plus past the limit
        high = r;
        bd::add_in_place(high, m_plus);
        const int c = bd::compare(high, limit);
        return even ? c >= 0 : c > 0;
    };
    while (high_reaches(s)) {
        times10(s);
        ++k;
    }
    for (;;) {
        // k one lower still holds when (r + m_plus) * 10 stays below s.
        high = r;
        bd::add_in_place(high, m_plus);
        times10(high);
        const int c = bd::compare(high, s);
        if (even ? c >= 0 : c > 0) break;
        times10(r);
        times10(m_plus);
        times10(m_minus);
        --k;
    }
    std::string digits;
    for (;;) {
        times10(r);
        times10(m_plus);
        times10(m_minus);
        int d = 0;
        while (bd::compare(r, s) >= 0) {
            bd::sub_in_place(r, s);
            ++d;
        }
        const int low_c = bd::compare(r, m_minus);
        const bool low_done = even ? low_c <= 0 : low_c < 0;
        const bool high_done = high_reaches(s);
        if (!low_done && !high_done) {
            digits += static_cast<char>('0' + d);
            continue;
        }
        if (low_done && high_done) {
            // Both d and d + 1 read back: the closer one, ties to even as dtoa.
            bd::Limbs twice = r;
            bd::add_in_place(twice, r);
            const int c = bd::compare(twice, s);
            if (c > 0 || (c == 0 && (d & 1))) ++d;
        } else if (high_done) {
            ++d;
        }
        digits += static_cast<char>('0' + d);
        break;
    }
    return {digits, k};
}

Decimal significant(double x, int n) {
    if (x == 0) return {"0", 1};
    // A double's exact decimal expansion has at most 767 significant digits: past that the digits
    // are the exact ones, followed by zeros that are dropped anyway.
    n = std::clamp(n, 1, 800);
    BigInt num, den;
    exact_ratio(x, num, den);
    int k = static_cast<int>(std::floor(std::log10(x))) + 1;
    const BigInt low = pow10(static_cast<unsigned>(n - 1)), high = pow10(static_cast<unsigned>(n));
    for (;;) {
        // q = x * 10**(n - k), which must have n digits before rounding.
        const int shift = n - k;
        const BigInt p = pow10(static_cast<unsigned>(std::abs(shift)));
        const BigInt sn = shift >= 0 ? num * p : num, sd = shift >= 0 ? den : den * p;
        const BigInt q = BigInt::floor_div(sn, sd);
        if (q >= high) {
            ++k;
        } else if (q < low) {
            --k;
        } else {
            BigInt rounded = round_ratio(sn, sd);
            if (rounded == high) { // 9.99 -> 10.0: one digit more to the left
                rounded = low;
                ++k;
            }
            Decimal d = from_integer(rounded, 0);
            d.decpt = k;
            return d;
        }
    }
}

Decimal fixed(double x, int n) {
    // A double has at most 1074 digits after the point: past that, exact digits and zeros.
    n = std::clamp(n, 0, 1100);
    if (x == 0) return {"0", 1};
    BigInt num, den;
    exact_ratio(x, num, den);
    const BigInt rounded = round_ratio(num * pow10(static_cast<unsigned>(n)), den);
    if (rounded.is_zero()) return {"0", 1};
    return from_integer(rounded, n);
}

double decimal_to_double(const BigInt& mantissa, std::int64_t exp10) {
    if (mantissa.is_zero()) return 0.0;
    // Exact operands and one IEEE operation round correctly (Clinger's fast path): most literals.
    static constexpr double kExactPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                              1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                              1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    if (mantissa.bit_length() <= DBL_MANT_DIG && exp10 >= -22 && exp10 <= 22) {
        const double m = mantissa.to_double();
        return exp10 >= 0 ? m * kExactPowers[exp10] : m / kExactPowers[-exp10];
    }
    // Magnitude from the bit length: mantissa >= 2**(bits-1), so the value is at least
    // 10**(0.301 * (bits - 1) + exp10); and below 10**(0.302 * bits + exp10).
    const double bits = static_cast<double>(mantissa.bit_length());
    if (0.30102999 * (bits - 1) + static_cast<double>(exp10) > 309) return HUGE_VAL;
    if (0.30103 * bits + static_cast<double>(exp10) < -325) return 0.0;
    if (exp10 >= 0) {
        const BigInt v = mantissa * pow10(static_cast<unsigned>(exp10));
        if (v.bit_length() > DBL_MAX_EXP) return HUGE_VAL;
        try {
            return v.to_double();
        } catch (const NumberError&) {
            return HUGE_VAL; // rounds up to 2**1024
        }
    }
    return BigInt::true_divide(mantissa, pow10(static_cast<unsigned>(-exp10)));
}

} // namespace revlab::py::float_digits
