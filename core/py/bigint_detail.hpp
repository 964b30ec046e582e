// Magnitude arithmetic shared by the BigInt sources (bigint*.cpp): unsigned numbers as limbs,
// least significant first, without leading zero limbs. Not an interface for anything else.
#pragma once

#include "py/bigint.hpp"

#include <cstddef>
#include <cstdint>

namespace revlab::py::bigint_detail {

using Limb = BigInt::Limb;
using Limbs = BigInt::Limbs;
constexpr int kLimbBits = 32;

void trim(Limbs& a);
int compare(const Limbs& a, const Limbs& b); // -1, 0, 1
Limbs add(const Limbs& a, const Limbs& b);
Limbs sub(const Limbs& a, const Limbs& b); // precondition: a >= b
void add_in_place(Limbs& a, const Limbs& b);
void sub_in_place(Limbs& a, const Limbs& b); // precondition: a >= b
Limbs mul(const Limbs& a, const Limbs& b);
// a = a * m + add, in place.
void mul_small_add(Limbs& a, Limb m, Limb add);
// a /= d in place; returns the remainder. d != 0.
Limb div_small(Limbs& a, Limb d);
// q = a / b, r = a % b; b non-empty.
void divmod(const Limbs& a, const Limbs& b, Limbs& q, Limbs& r);
Limbs shift_left(const Limbs& a, std::size_t bits);
Limbs shift_right(const Limbs& a, std::size_t bits);
std::size_t bit_length(const Limbs& a);
// Whether any of the lowest `bits` bits of a is set.
bool any_low_bits(const Limbs& a, std::size_t bits);
Limbs from_uint64(std::uint64_t v);

// Refuses a result of more than max_bits bits with the sandbox's Memory error.
[[noreturn]] void throw_too_big(std::size_t max_bits);

} // namespace revlab::py::bigint_detail
