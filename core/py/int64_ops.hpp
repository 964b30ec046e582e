// Python's int operators on int64 values, for the interpreter's fast path: most ints in a script
// are small, and these never allocate. Each returns nullopt when the result does not fit in int64,
// and the caller redoes the operation with BigInt. Division by zero throws NumberError with
// Python's message, as BigInt does.
#pragma once

#include "py/number_error.hpp"

#include <cstdint>
#include <optional>

namespace revlab::py {

inline std::optional<std::int64_t> checked_add(std::int64_t a, std::int64_t b) {
    std::int64_t r;
    if (__builtin_add_overflow(a, b, &r)) return std::nullopt;
    return r;
}

inline std::optional<std::int64_t> checked_sub(std::int64_t a, std::int64_t b) {
    std::int64_t r;
    if (__builtin_sub_overflow(a, b, &r)) return std::nullopt;
    return r;
}

inline std::optional<std::int64_t> checked_mul(std::int64_t a, std::int64_t b) {
    std::int64_t r;
    if (__builtin_mul_overflow(a, b, &r)) return std::nullopt;
    return r;
}

inline std::optional<std::int64_t> checked_neg(std::int64_t a) { return checked_sub(0, a); }

// a // b, floored (-7 // 2 == -4). Only INT64_MIN // -1 overflows.
inline std::optional<std::int64_t> checked_floordiv(std::int64_t a, std::int64_t b) {
    if (b == 0) throw NumberError(NumberError::Kind::ZeroDivision, "integer division or modulo by zero");
    if (b == -1) return checked_neg(a);
    const std::int64_t q = a / b;
    // C++ truncates; step down when the signs differ and the division is inexact.
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// a % b with the sign of b (-7 % 2 == 1, 7 % -2 == -1). Never overflows.
inline std::int64_t int64_mod(std::int64_t a, std::int64_t b) {
    if (b == 0) throw NumberError(NumberError::Kind::ZeroDivision, "integer modulo by zero");
    if (b == -1) return 0; // INT64_MIN % -1 is undefined in C++
    const std::int64_t r = a % b;
    return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r;
}
inline std::optional<std::int64_t> checked_mod(std::int64_t a, std::int64_t b) { return int64_mod(a, b); }

// base ** exp for exp >= 0 (a negative exponent makes a float: see float_pow).
inline std::optional<std::int64_t> checked_pow(std::int64_t base, std::int64_t exp) {
    if (exp < 0) return std::nullopt;
    std::int64_t result = 1;
    while (exp > 0) {
        if (exp & 1) {
            if (__builtin_mul_overflow(result, base, &result)) return std::nullopt;
        }
        exp >>= 1;
        if (exp > 0 && __builtin_mul_overflow(base, base, &base)) return std::nullopt;
    }
    return result;
}

// a << n; n < 0 is Python's ValueError.
inline std::optional<std::int64_t> checked_shl(std::int64_t a, std::int64_t n) {
    if (n < 0) throw NumberError(NumberError::Kind::Value, "negative shift count");
    if (a == 0) return 0;
    if (n >= 63) return std::nullopt;
    const std::int64_t r = static_cast<std::int64_t>(static_cast<std::uint64_t>(a) << n);
    if ((r >> n) != a) return std::nullopt; // bits (or the sign) shifted out
    return r;
}

// a >> n, floored as Python (-5 >> 1 == -3); never overflows.
inline std::int64_t int64_shr(std::int64_t a, std::int64_t n) {
    if (n < 0) throw NumberError(NumberError::Kind::Value, "negative shift count");
    return n >= 63 ? (a < 0 ? -1 : 0) : a >> n; // >> of a negative is arithmetic in C++20
}

} // namespace revlab::py
