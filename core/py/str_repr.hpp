// repr() and ascii() of a Python str, as Python 3.11 writes them: the quote that needs no escape
// ('...' unless the text has a ' and no "), backslash escapes for \t \n \r, quotes and backslashes,
// \xhh, \uhhhh or \Uhhhhhhhh for what is not printable (ascii(): for everything past ASCII).
// Error messages quote their input this way ("invalid literal for int() with base 10: 'x'"), and
// autogenerate writes every name and literal of a revision script with it. The one home of these
// texts: repr() of a float is float_repr (py/floats.hpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace revlab::py {

std::string repr_str(std::string_view utf8);
std::string ascii_str(std::string_view utf8);

// repr() of a list and of a tuple of str: "['a', 'b']", "[]"; "('a', 'b')", "('a',)", "()".
std::string repr_str_list(const std::vector<std::string>& items);
std::string repr_str_tuple(const std::vector<std::string>& items);

} // namespace revlab::py
