// Text of values: the %-operator and str.format, and ascii(). repr(), str() and format() are
// Interp methods (text.cpp). Internal to runtime/.
#pragma once

#include "py/runtime/interp.hpp"

namespace revlab::py {

// fmt % args, for str (and bytes when `bytes` is set).
std::string percent_format(Interp& I, const std::string& fmt, const Value& args, bool bytes = false);
// fmt.format(*args, **kwargs).
std::string format_string(Interp& I, const std::string& fmt, const CallArgs& args);
// ascii(v): repr with non-ASCII escaped.
std::string ascii_of(Interp& I, const Value& v);
// repr of bytes: b'...'.
std::string bytes_repr(std::string_view b);

} // namespace revlab::py
