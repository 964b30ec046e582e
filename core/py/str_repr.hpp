// repr() and ascii() of a Python str, as Python 3.11 writes them: the quote that needs no escape
// ('...' unless the text has a ' and no "), backslash escapes for \t \n \r, quotes and backslashes,
// \xhh, \uhhhh or \Uhhhhhhhh for what is not printable (ascii(): for everything past ASCII).
// Error messages quote their input this way ("invalid literal for int() with base 10: 'x'").
#pragma once

#include <string>
#include <string_view>

namespace revlab::py {

std::string repr_str(std::string_view utf8);
std::string ascii_str(std::string_view utf8);

} // namespace revlab::py
