// BigInt: construction, comparison and the arithmetic operators. The magnitude algorithms are
// the textbook ones: schoolbook multiplication, Karatsuba past a threshold (squaring a 500,000-bit
// number takes milliseconds instead of a second), Knuth's algorithm D for division.
#include "py/bigint.hpp"
#include "py/bigint_detail.hpp"

#include <algorithm>
#include <bit>
#include <limits>

namespace revlab::py {

namespace bigint_detail {

void trim(Limbs& a) {
    while (!a.empty() && a.back() == 0) a.pop_back();
}

int compare(const Limbs& a, const Limbs& b) {
    if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
    for (std::size_t i = a.size(); i-- > 0;)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

Limbs add(const Limbs& a, const Limbs& b) {
    const Limbs& big = a.size() >= b.size() ? a : b;
    const Limbs& small = a.size() >= b.size() ? b : a;
    Limbs r(big.size() + 1);
    std::uint64_t carry = 0;
    for (std::size_t i = 0; i < big.size(); ++i) {
        carry += std::uint64_t{big[i]} + (i < small.size() ? small[i] : 0);
        r[i] = static_cast<Limb>(carry);
        carry >>= kLimbBits;
    }
    r[big.size()] = static_cast<Limb>(carry);
    trim(r);
    return r;
}

Limbs sub(const Limbs& a, const Limbs& b) {
    Limbs r(a.size());
    std::int64_t borrow = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        std::int64_t t = std::int64_t{a[i]} - borrow - (i < b.size() ? std::int64_t{b[i]} : 0);
        borrow = t < 0;
        r[i] = static_cast<Limb>(t + (borrow << kLimbBits));
    }
    trim(r);
    return r;
}

void add_in_place(Limbs& a, const Limbs& b) {
    if (a.size() < b.size()) a.resize(b.size(), 0);
    std::uint64_t carry = 0;
    for (std::size_t i = 0; i < a.size() && (i < b.size() || carry); ++i) {
        carry += std::uint64_t{a[i]} + (i < b.size() ? b[i] : 0);
        a[i] = static_cast<Limb>(carry);
        carry >>= kLimbBits;
    }
    if (carry) a.push_back(static_cast<Limb>(carry));
}

void sub_in_place(Limbs& a, const Limbs& b) {
    std::int64_t borrow = 0;
    for (std::size_t i = 0; i < a.size() && (i < b.size() || borrow); ++i) {
        std::int64_t t = std::int64_t{a[i]} - borrow - (i < b.size() ? std::int64_t{b[i]} : 0);
        borrow = t < 0;
        a[i] = static_cast<Limb>(t + (borrow << kLimbBits));
    }
    trim(a);
}

namespace {

// Below this many limbs in the shorter operand, Karatsuba's extra additions cost more than they save.
constexpr std::size_t kKaratsubaLimbs = 40;

Limbs schoolbook(const Limb* a, std::size_t n, const Limb* b, std::size_t m) {
    Limbs r(n + m);
    for (std::size_t i = 0; i < n; ++i) {
        if (a[i] == 0) continue;
        std::uint64_t carry = 0;
        for (std::size_t j = 0; j < m; ++j) {
            carry += std::uint64_t{a[i]} * b[j] + r[i + j];
            r[i + j] = static_cast<Limb>(carry);
            carry >>= kLimbBits;
        }
        r[i + m] = static_cast<Limb>(carry);
    }
    return r;
}

// r += x * B**offset; r is long enough for the sum.
void add_at(Limbs& r, const Limbs& x, std::size_t offset) {
    std::uint64_t carry = 0;
    std::size_t i = 0;
    for (; i < x.size(); ++i) {
        carry += std::uint64_t{r[offset + i]} + x[i];
        r[offset + i] = static_cast<Limb>(carry);
        carry >>= kLimbBits;
    }
    for (; carry != 0; ++i) {
        carry += r[offset + i];
        r[offset + i] = static_cast<Limb>(carry);
        carry >>= kLimbBits;
    }
}

Limbs slice(const Limb* p, std::size_t begin, std::size_t end) {
    Limbs r(p + begin, p + end);
    trim(r);
    return r;
}

Limbs multiply(const Limb* a, std::size_t n, const Limb* b, std::size_t m) {
    if (n < m) return multiply(b, m, a, n);
    if (m == 0) return {};
    if (m < kKaratsubaLimbs) return schoolbook(a, n, b, m);
    Limbs r(n + m);
    if (n >= 2 * m) {
        // Lopsided: cut the longer one into pieces as long as the shorter, each a balanced product.
        for (std::size_t off = 0; off < n; off += m) {
            const std::size_t len = std::min(m, n - off);
            add_at(r, multiply(a + off, len, b, m), off);
        }
        trim(r);
        return r;
    }
    // a = a1 B^k + a0, b = b1 B^k + b0: ab = z2 B^2k + z1 B^k + z0 with three products, where
    // z1 = (a0 + a1)(b0 + b1) - z0 - z2. Here m >= k, so b1 may be empty (then z2 = 0).
    const std::size_t k = (n + 1) / 2;
    const Limbs a0 = slice(a, 0, k), a1 = slice(a, k, n);
    const Limbs b0 = slice(b, 0, k), b1 = slice(b, k, m);
    const Limbs z0 = multiply(a0.data(), a0.size(), b0.data(), b0.size());
    const Limbs z2 = multiply(a1.data(), a1.size(), b1.data(), b1.size());
    const Limbs sa = add(a0, a1), sb = add(b0, b1);
    const Limbs z1 = sub(sub(multiply(sa.data(), sa.size(), sb.data(), sb.size()), z0), z2);
    add_at(r, z0, 0);
    add_at(r, z1, k);
    add_at(r, z2, 2 * k);
    trim(r);
    return r;
}

} // namespace

Limbs mul(const Limbs& a, const Limbs& b) {
    Limbs r = multiply(a.data(), a.size(), b.data(), b.size());
    trim(r);
    return r;
}

void mul_small_add(Limbs& a, Limb m, Limb add) {
    std::uint64_t carry = add;
    for (Limb& limb : a) {
        carry += std::uint64_t{limb} * m;
        limb = static_cast<Limb>(carry);
        carry >>= kLimbBits;
    }
    if (carry) a.push_back(static_cast<Limb>(carry));
}

Limb div_small(Limbs& a, Limb d) {
    std::uint64_t rem = 0;
    for (std::size_t i = a.size(); i-- > 0;) {
        const std::uint64_t cur = (rem << kLimbBits) | a[i];
        a[i] = static_cast<Limb>(cur / d);
        rem = cur % d;
    }
    trim(a);
    return static_cast<Limb>(rem);
}

void divmod(const Limbs& a, const Limbs& b, Limbs& q, Limbs& r) {
    if (compare(a, b) < 0) {
        q.clear();
        r = a;
        return;
    }
    if (b.size() == 1) {
        q = a;
        const Limb rem = div_small(q, b[0]);
        r = rem ? Limbs{rem} : Limbs{};
        return;
    }
    // Knuth, TAOCP vol. 2, 4.3.1, algorithm D. Normalize so that the divisor's top limb has its high
    // bit set: then each estimated quotient limb is at most two too large.
    constexpr std::uint64_t kBase = std::uint64_t{1} << kLimbBits;
    const int s = std::countl_zero(b.back());
    const Limbs v = shift_left(b, static_cast<std::size_t>(s));
    Limbs u = shift_left(a, static_cast<std::size_t>(s));
    u.resize(a.size() + 1);
    const std::size_t n = v.size(), m = a.size() - n;
    q.assign(m + 1, 0);
    for (std::size_t j = m + 1; j-- > 0;) {
        const std::uint64_t num = (std::uint64_t{u[j + n]} << kLimbBits) | u[j + n - 1];
        std::uint64_t qhat = num / v[n - 1], rhat = num % v[n - 1];
        while (qhat >= kBase || qhat * v[n - 2] > ((rhat << kLimbBits) | u[j + n - 2])) {
            --qhat;
            rhat += v[n - 1];
            if (rhat >= kBase) break;
        }
        // u[j..j+n] -= qhat * v
        std::int64_t borrow = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint64_t p = qhat * v[i];
            const std::int64_t t = std::int64_t{u[i + j]} - borrow - static_cast<std::int64_t>(p & 0xFFFFFFFFu);
            u[i + j] = static_cast<Limb>(t);
            borrow = static_cast<std::int64_t>(p >> kLimbBits) - (t >> kLimbBits);
        }
        const std::int64_t t = std::int64_t{u[j + n]} - borrow;
        u[j + n] = static_cast<Limb>(t);
        if (t < 0) {
            // qhat was one too large (rare): add v back.
            --qhat;
            std::uint64_t carry = 0;
            for (std::size_t i = 0; i < n; ++i) {
                carry += std::uint64_t{u[i + j]} + v[i];
                u[i + j] = static_cast<Limb>(carry);
                carry >>= kLimbBits;
            }
            u[j + n] = static_cast<Limb>(u[j + n] + carry);
        }
        q[j] = static_cast<Limb>(qhat);
    }
    trim(q);
    u.resize(n);
    trim(u);
    r = shift_right(u, static_cast<std::size_t>(s));
}

Limbs shift_left(const Limbs& a, std::size_t bits) {
    if (a.empty()) return {};
    const std::size_t limbs = bits / kLimbBits, rest = bits % kLimbBits;
    Limbs r(a.size() + limbs + 1);
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::uint64_t x = std::uint64_t{a[i]} << rest;
        r[i + limbs] |= static_cast<Limb>(x);
        r[i + limbs + 1] = static_cast<Limb>(x >> kLimbBits);
    }
    trim(r);
    return r;
}

Limbs shift_right(const Limbs& a, std::size_t bits) {
    const std::size_t limbs = bits / kLimbBits, rest = bits % kLimbBits;
    if (limbs >= a.size()) return {};
    Limbs r(a.size() - limbs);
    for (std::size_t i = 0; i < r.size(); ++i) {
        std::uint64_t x = a[i + limbs];
        if (i + limbs + 1 < a.size()) x |= std::uint64_t{a[i + limbs + 1]} << kLimbBits;
        r[i] = static_cast<Limb>(x >> rest);
    }
    trim(r);
    return r;
}

std::size_t bit_length(const Limbs& a) {
    if (a.empty()) return 0;
    return (a.size() - 1) * kLimbBits + static_cast<std::size_t>(std::bit_width(a.back()));
}

bool any_low_bits(const Limbs& a, std::size_t bits) {
    const std::size_t limbs = bits / kLimbBits, rest = bits % kLimbBits;
    for (std::size_t i = 0; i < limbs && i < a.size(); ++i)
        if (a[i]) return true;
    return limbs < a.size() && rest != 0 && (a[limbs] & ((Limb{1} << rest) - 1)) != 0;
}

Limbs from_uint64(std::uint64_t v) {
    Limbs r{static_cast<Limb>(v), static_cast<Limb>(v >> kLimbBits)};
    trim(r);
    return r;
}

void throw_too_big(std::size_t max_bits) {
    throw NumberError(NumberError::Kind::Memory, "integer too large: the result would have more than " +
                                                     std::to_string(max_bits) + " bits");
}

} // namespace bigint_detail

namespace bd = bigint_detail;

BigInt::BigInt(std::int64_t value) : neg_(value < 0) {
    // -(value + 1) + 1 avoids overflowing on INT64_MIN.
    const std::uint64_t mag = value < 0 ? static_cast<std::uint64_t>(-(value + 1)) + 1 : static_cast<std::uint64_t>(value);
    mag_ = bd::from_uint64(mag);
}

BigInt BigInt::from_uint64(std::uint64_t value) {
    BigInt r;
    r.mag_ = bd::from_uint64(value);
    return r;
}

BigInt BigInt::from_limbs(bool negative, Limbs magnitude) {
    BigInt r;
    r.mag_ = std::move(magnitude);
    r.neg_ = negative;
    r.trim();
    return r;
}

void BigInt::trim() {
    bd::trim(mag_);
    if (mag_.empty()) neg_ = false;
}

std::size_t BigInt::bit_length() const { return bd::bit_length(mag_); }

bool BigInt::fits_int64() const {
    if (mag_.size() > 2) return false;
    const std::uint64_t mag = mag_.empty() ? 0 : mag_.size() == 1 ? mag_[0] : (std::uint64_t{mag_[1]} << 32) | mag_[0];
    return mag <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) + (neg_ ? 1 : 0);
}

std::int64_t BigInt::to_int64() const {
    const std::uint64_t mag = mag_.empty() ? 0 : mag_.size() == 1 ? mag_[0] : (std::uint64_t{mag_[1]} << 32) | mag_[0];
    // Two's complement negation in unsigned arithmetic, then a value-preserving conversion.
    return neg_ ? static_cast<std::int64_t>(~mag + 1) : static_cast<std::int64_t>(mag);
}

std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) {
    if (a.neg_ != b.neg_) return a.neg_ ? std::strong_ordering::less : std::strong_ordering::greater;
    const int c = bd::compare(a.mag_, b.mag_);
    const int signed_c = a.neg_ ? -c : c;
    return signed_c < 0 ? std::strong_ordering::less : signed_c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
}

// a + b for signed operands: add magnitudes when the signs agree, else subtract the smaller.
static BigInt add_signed(bool a_neg, const bd::Limbs& a, bool b_neg, const bd::Limbs& b) {
    if (a_neg == b_neg) return BigInt::from_limbs(a_neg, bd::add(a, b));
    const int c = bd::compare(a, b);
    if (c == 0) return BigInt();
    return c > 0 ? BigInt::from_limbs(a_neg, bd::sub(a, b)) : BigInt::from_limbs(b_neg, bd::sub(b, a));
}

BigInt operator+(const BigInt& a, const BigInt& b) { return add_signed(a.neg_, a.mag_, b.neg_, b.mag_); }
BigInt operator-(const BigInt& a, const BigInt& b) { return add_signed(a.neg_, a.mag_, !b.neg_, b.mag_); }

BigInt BigInt::operator-() const { return from_limbs(!neg_, mag_); }
BigInt BigInt::abs() const { return from_limbs(false, mag_); }

BigInt BigInt::mul(const BigInt& a, const BigInt& b, const IntLimits& limits) {
    if (a.is_zero() || b.is_zero()) return BigInt();
    // A product of p- and q-bit numbers has p + q - 1 or p + q bits: refuse before multiplying when
    // it surely passes the cap, check afterwards in the one case in between.
    const std::size_t bits = a.bit_length() + b.bit_length();
    if (bits - 1 > limits.max_bits) bd::throw_too_big(limits.max_bits);
    BigInt r = from_limbs(a.neg_ != b.neg_, bd::mul(a.mag_, b.mag_));
    if (r.bit_length() > limits.max_bits) bd::throw_too_big(limits.max_bits);
    return r;
}

std::pair<BigInt, BigInt> BigInt::divmod(const BigInt& a, const BigInt& b) {
    if (b.is_zero()) throw NumberError(NumberError::Kind::ZeroDivision, "integer division or modulo by zero");
    bd::Limbs q, r;
    bd::divmod(a.mag_, b.mag_, q, r);
    // Truncated to floored: when the signs differ and the division is inexact, the quotient goes one
    // further from zero and the remainder becomes |b| - r, with b's sign.
    const bool differ = a.neg_ != b.neg_;
    if (differ && !r.empty()) {
        q = bd::add(q, bd::Limbs{1});
        r = bd::sub(b.mag_, r);
    }
    return {from_limbs(differ, std::move(q)), from_limbs(b.neg_, std::move(r))};
}

BigInt BigInt::floor_div(const BigInt& a, const BigInt& b) { return divmod(a, b).first; }

BigInt BigInt::mod(const BigInt& a, const BigInt& b) {
    if (b.is_zero()) throw NumberError(NumberError::Kind::ZeroDivision, "integer modulo by zero");
    return divmod(a, b).second;
}

BigInt BigInt::pow(const BigInt& base, const BigInt& exp, const IntLimits& limits) {
    if (exp.neg_)
        throw NumberError(NumberError::Kind::Value, "BigInt::pow: a negative exponent gives a float (use float_pow)");
    if (exp.is_zero()) return BigInt(1);
    const bool negative = base.neg_ && exp.is_odd();
    if (base.is_zero()) return BigInt();
    if (base.mag_.size() == 1 && base.mag_[0] == 1) return BigInt(negative ? -1 : 1);
    // |base| >= 2: the result has at least (bits - 1) * exp + 1 bits; refuse it before any work.
    const std::size_t bits = base.bit_length();
    if (!exp.fits_int64()) bd::throw_too_big(limits.max_bits);
    const auto e = static_cast<std::uint64_t>(exp.to_int64());
    if (e > (limits.max_bits - 1) / (bits - 1)) bd::throw_too_big(limits.max_bits);
    BigInt result;
    if (!bd::any_low_bits(base.mag_, bits - 1)) {
        // A power of two: a shift.
        result.mag_ = bd::shift_left(bd::Limbs{1}, (bits - 1) * e);
    } else {
        // Left to right binary exponentiation: every intermediate divides the result, so none is
        // larger; the result itself may still pass the cap by up to e bits, checked at the end.
        bd::Limbs r{1};
        for (int i = std::bit_width(e); i-- > 0;) {
            r = bd::mul(r, r);
            if ((e >> i) & 1) r = bd::mul(r, base.mag_);
        }
        result.mag_ = std::move(r);
    }
    if (result.bit_length() > limits.max_bits) bd::throw_too_big(limits.max_bits);
    result.neg_ = negative;
    return result;
}

// The inverse of a modulo m (m > 0) by the extended Euclidean algorithm.
static BigInt mod_inverse(const BigInt& a, const BigInt& m) {
    BigInt old_r = BigInt::mod(a, m), r = m, old_s = 1, s = 0;
    while (!r.is_zero()) {
        auto [q, rem] = BigInt::divmod(old_r, r);
        old_r = std::exchange(r, std::move(rem));
        BigInt next_s = old_s - q * s;
        old_s = std::exchange(s, std::move(next_s));
    }
    if (old_r != BigInt(1))
        throw NumberError(NumberError::Kind::Value, "base is not invertible for the given modulus");
    return BigInt::mod(old_s, m);
}

BigInt BigInt::pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod) {
    if (mod.is_zero()) throw NumberError(NumberError::Kind::Value, "pow() 3rd argument cannot be 0");
    const BigInt m = mod.abs();
    BigInt b = exp.neg_ ? mod_inverse(base, m) : BigInt::mod(base, m);
    const BigInt e = exp.abs();
    // Square and multiply, reducing after every product: nothing grows past m squared.
    bd::Limbs r{1}, q, rem;
    for (std::size_t i = e.bit_length(); i-- > 0;) {
        bd::divmod(bd::mul(r, r), m.mag_, q, r);
        if ((e.mag_[i / bd::kLimbBits] >> (i % bd::kLimbBits)) & 1) bd::divmod(bd::mul(r, b.mag_), m.mag_, q, r);
    }
    bd::divmod(r, m.mag_, q, rem); // pow(x, 0, 1) is 0
    BigInt result = from_limbs(false, std::move(rem));
    // Python's result has the modulus's sign: pow(2, 3, -5) == -2.
    if (mod.neg_ && !result.is_zero()) result = result + mod;
    return result;
}

} // namespace revlab::py
