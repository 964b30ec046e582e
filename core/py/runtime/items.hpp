// Slice arithmetic shared by subscripts and the sequence methods. Internal to runtime/.
#pragma once

#include "py/runtime/interp.hpp"

namespace revlab::py {

// slice.indices(length) plus the number of items the slice selects.
struct SliceBounds {
    std::int64_t start = 0, stop = 0, step = 1, count = 0;
};
SliceBounds slice_bounds(Interp& I, const SliceObj& s, std::int64_t length);

// The code points [b] of a str, and the i-th one.
std::string str_slice(const StrObj& s, const SliceBounds& b);
std::string str_char_at(const StrObj& s, std::int64_t i);

} // namespace revlab::py
