// Python's int: an integer of any size, with Python's semantics for every operator (floor division,
// the sign of %, shifts and bitwise operators on negative numbers as infinite two's complement),
// its conversions to and from float (correctly rounded, as CPython) and text (int(), str(), the
// 4300-digit limit), and its hash (so hash(1) == hash(1.0) == hash(True)).
//
// Sign and magnitude, the magnitude as 32-bit limbs, least significant first: 32x32->64 products
// are portable C++ (no __int128, which the wasm build and -Wpedantic dislike), and the limb count is
// what the size cap and the interpreter's step accounting can look at.
//
// The sandbox caps sizes (IntLimits): a result that would pass max_bits is refused with a
// NumberError of kind Memory before it is allocated, so `10 ** 10**8` costs nothing.
// Everything here throws NumberError (py/number_error.hpp) with Python's message.
#pragma once

#include "py/number_error.hpp"

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace revlab::py {

struct IntLimits {
    // The largest integer the sandbox builds, in bits (Python's own limit is the machine's memory).
    // At a million bits one multiplication of two such numbers still takes milliseconds.
    std::size_t max_bits = 1'000'000;
    // sys.get_int_max_str_digits(): decimal (and any non power-of-two base) text longer than this is
    // refused both ways, as in Python 3.11. 0 means no limit (sys.set_int_max_str_digits(0)).
    std::size_t max_str_digits = 4300;
};

class BigInt {
public:
    using Limb = std::uint32_t;
    using Limbs = std::vector<Limb>;

    BigInt() = default;
    BigInt(std::int64_t value); // NOLINT: implicit, as Python mixes small and big ints freely
    static BigInt from_uint64(std::uint64_t value);
    // Takes a magnitude (least significant limb first; leading zero limbs are dropped).
    static BigInt from_limbs(bool negative, Limbs magnitude);

    bool is_zero() const { return mag_.empty(); }
    bool is_negative() const { return neg_; }
    int sign() const { return neg_ ? -1 : mag_.empty() ? 0 : 1; }
    const Limbs& limbs() const { return mag_; }
    // int.bit_length(): bits of the magnitude, 0 for 0.
    std::size_t bit_length() const;
    bool is_odd() const { return !mag_.empty() && (mag_[0] & 1); }

    bool fits_int64() const;
    std::int64_t to_int64() const; // precondition: fits_int64()
    std::optional<std::int64_t> as_int64() const {
        return fits_int64() ? std::optional<std::int64_t>(to_int64()) : std::nullopt;
    }

    // ---- text (bigint_text.cpp)
    // int(text, base): base 0 or 2..36; surrounding whitespace, a sign, the 0x/0o/0b prefix (base 0,
    // or the matching base), one underscore between digits, and any Unicode decimal digit, as Python.
    // text is UTF-8. Errors are Python's: "invalid literal for int() with base 10: 'x'", the base
    // range, and the digit limit.
    static BigInt parse(std::string_view text, int base = 10, const IntLimits& limits = {});
    // An integer literal of Python source as the tokenizer delimits it ("0x_ff", "1_000", "0o17"):
    // no sign, no whitespace. Past the digit limit the message is the SyntaxError's text.
    static BigInt parse_literal(std::string_view text, const IntLimits& limits = {});
    // The digits in base 2, 8, 10 or 16 (lower case), with a leading '-', without prefix: str(n) is
    // to_string(10); hex(n) is the interpreter's "0x" around to_string(16). Base 10 applies the
    // digit limit ("Exceeds the limit (4300 digits) for integer string conversion; use ...").
    std::string to_string(int base = 10, const IntLimits& limits = {}) const;

    // ---- arithmetic (bigint.cpp)
    friend BigInt operator+(const BigInt& a, const BigInt& b);
    friend BigInt operator-(const BigInt& a, const BigInt& b);
    // a * b under limits.max_bits.
    static BigInt mul(const BigInt& a, const BigInt& b, const IntLimits& limits = {});
    friend BigInt operator*(const BigInt& a, const BigInt& b) { return mul(a, b); }
    BigInt operator-() const;
    BigInt abs() const;

    // Python's //, % and divmod(): the quotient is floored, the remainder has the divisor's sign.
    static BigInt floor_div(const BigInt& a, const BigInt& b); // "integer division or modulo by zero"
    static BigInt mod(const BigInt& a, const BigInt& b);       // "integer modulo by zero"
    static std::pair<BigInt, BigInt> divmod(const BigInt& a, const BigInt& b);

    // base ** exp for exp >= 0 (a negative exponent makes a float: the interpreter calls float_pow).
    static BigInt pow(const BigInt& base, const BigInt& exp, const IntLimits& limits = {});
    // pow(base, exp, mod): the result has mod's sign; a negative exp uses the modular inverse.
    static BigInt pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod);

    // ---- bits (bigint_bits.cpp): infinite two's complement for negatives, as Python.
    static BigInt shift_left(const BigInt& a, const BigInt& count, const IntLimits& limits = {});
    static BigInt shift_right(const BigInt& a, const BigInt& count);
    friend BigInt operator&(const BigInt& a, const BigInt& b);
    friend BigInt operator|(const BigInt& a, const BigInt& b);
    friend BigInt operator^(const BigInt& a, const BigInt& b);
    BigInt operator~() const; // -(n + 1)

    friend bool operator==(const BigInt& a, const BigInt& b) = default;
    friend std::strong_ordering operator<=>(const BigInt& a, const BigInt& b);

    // ---- floats and hashing (bigint_float.cpp)
    // float(n), correctly rounded (half to even); "int too large to convert to float".
    double to_double() const;
    // int(x) for a float: truncates toward zero; inf and nan raise as Python does.
    static BigInt from_double(double x);
    // a / b, correctly rounded as CPython's true division of ints ("division by zero",
    // "integer division result too large for a float").
    static double true_divide(const BigInt& a, const BigInt& b);
    // n compared with x exactly, as CPython compares an int and a float (2**53 + 1 > 2.0**53);
    // unordered when x is nan.
    friend std::partial_ordering compare(const BigInt& n, double x);
    // hash(n): n modulo 2**61 - 1 with n's sign, -1 becoming -2.
    std::int64_t hash() const;

private:
    void trim();

    bool neg_ = false;
    Limbs mag_; // no leading zero limbs; empty for 0
};

// hash(x) for a float, equal to the hash of the int (or fraction) it equals. NaN hashes by identity
// in Python 3.10+, which only the interpreter knows: it gets 0 here.
std::int64_t hash_double(double x);

} // namespace revlab::py
