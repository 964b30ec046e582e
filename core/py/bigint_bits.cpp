// BigInt shifts and bitwise operators. Python treats a negative int as an infinite two's complement
// bit string (-1 is ...1111): so -5 >> 1 == -3 (a floor), -1 & 0xff == 255, ~x == -x - 1. The
// operators below work on a finite two's complement one limb wider than either operand, which is
// enough to hold the infinite sign extension.
#include "py/bigint.hpp"
#include "py/bigint_detail.hpp"

#include <algorithm>

namespace revlab::py {

namespace bd = bigint_detail;

namespace {

[[noreturn]] void negative_shift() { throw NumberError(NumberError::Kind::Value, "negative shift count"); }

// a as `width` limbs of two's complement.
bd::Limbs twos_complement(const BigInt& a, std::size_t width) {
    bd::Limbs r = a.limbs();
    r.resize(width, 0);
    if (a.is_negative()) {
        // -m is ~(m - 1).
        r = bd::sub(a.limbs(), bd::Limbs{1});
        r.resize(width, 0);
        for (bd::Limb& limb : r) limb = ~limb;
    }
    return r;
}

// The integer that `width` limbs of two's complement stand for.
BigInt from_twos_complement(bd::Limbs r) {
    const bool negative = !r.empty() && (r.back() >> (bd::kLimbBits - 1)) != 0;
    if (!negative) return BigInt::from_limbs(false, std::move(r));
    for (bd::Limb& limb : r) limb = ~limb;
    bd::trim(r);
    return BigInt::from_limbs(true, bd::add(r, bd::Limbs{1}));
}

template <typename Op> BigInt bitwise(const BigInt& a, const BigInt& b, Op op) {
    const std::size_t width = std::max(a.limbs().size(), b.limbs().size()) + 1;
    bd::Limbs x = twos_complement(a, width);
    const bd::Limbs y = twos_complement(b, width);
    for (std::size_t i = 0; i < width; ++i) x[i] = op(x[i], y[i]);
    return from_twos_complement(std::move(x));
}

} // namespace

BigInt BigInt::shift_left(const BigInt& a, const BigInt& count, const IntLimits& limits) {
    if (count.is_negative()) negative_shift();
    if (a.is_zero() || count.is_zero()) return a;
    // Python answers a huge count with OverflowError or MemoryError; the sandbox refuses any result
    // past its cap with its Memory error, before allocating it.
    if (!count.fits_int64() || static_cast<std::uint64_t>(count.to_int64()) > limits.max_bits ||
        a.bit_length() + static_cast<std::size_t>(count.to_int64()) > limits.max_bits)
        bd::throw_too_big(limits.max_bits);
    return from_limbs(a.is_negative(), bd::shift_left(a.limbs(), static_cast<std::size_t>(count.to_int64())));
}

BigInt BigInt::shift_right(const BigInt& a, const BigInt& count) {
    if (count.is_negative()) negative_shift();
    const std::size_t bits = a.bit_length();
    const bool all = !count.fits_int64() || static_cast<std::uint64_t>(count.to_int64()) >= bits;
    if (!a.is_negative()) return all ? BigInt() : from_limbs(false, bd::shift_right(a.limbs(), static_cast<std::size_t>(count.to_int64())));
    // Floor for negatives: a >> n == ~(~a >> n), and ~a = |a| - 1 is not negative.
    if (all) return BigInt(-1);
    const bd::Limbs shifted = bd::shift_right(bd::sub(a.limbs(), bd::Limbs{1}), static_cast<std::size_t>(count.to_int64()));
    return from_limbs(true, bd::add(shifted, bd::Limbs{1}));
}

BigInt operator&(const BigInt& a, const BigInt& b) {
    return bitwise(a, b, [](bd::Limb x, bd::Limb y) { return x & y; });
}
BigInt operator|(const BigInt& a, const BigInt& b) {
    return bitwise(a, b, [](bd::Limb x, bd::Limb y) { return x | y; });
}
BigInt operator^(const BigInt& a, const BigInt& b) {
    return bitwise(a, b, [](bd::Limb x, bd::Limb y) { return x ^ y; });
}

BigInt BigInt::operator~() const { return -(*this + BigInt(1)); }

} // namespace revlab::py
