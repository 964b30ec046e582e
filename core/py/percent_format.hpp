// printf-style formatting, Python's `format % values`, one conversion at a time. The interpreter
// walks the format string: at each '%' it calls parse_percent_spec, fetches the arguments the spec
// asks for ('*' width, '*' precision, then the value, from the tuple or by the mapping key), and
// calls the formatter for the value's conversion: percent_format_int / _float / _str (for s, r
// and a it passes the str(), repr() or ascii() text). Python 3.11's texts and rules throughout:
// '%-+ #0' flags, width, precision, the ignored length modifiers h l L.
#pragma once

#include "py/bigint.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace revlab::py {

struct PercentSpec {
    bool literal = false; // "%%": a '%', no argument
    bool has_key = false; // "%(name)s"
    std::string key;      // the text between the balanced parentheses
    bool left = false;      // '-'
    bool plus = false;      // '+'
    bool blank = false;     // ' '
    bool alternate = false; // '#'
    bool zero = false;      // '0'
    bool width_star = false;     // '*': the width is the next argument (see set_star_width)
    std::int64_t width = -1;
    bool precision_star = false; // '.*'
    std::int64_t precision = -1;
    char32_t conversion = 0;
    std::size_t conversion_pos = 0; // byte offset of the conversion character
    std::size_t end = 0;            // byte offset just past the spec
};

// Parses the spec whose '%' is at byte `percent_pos` of `format`. Throws Python's ValueErrors:
// "incomplete format", "incomplete format key", "width too big", "precision too big".
PercentSpec parse_percent_spec(std::string_view format, std::size_t percent_pos);

// A '*' argument: a negative width means left-aligned; a negative precision means 0.
inline void set_star_width(PercentSpec& spec, std::int64_t width) {
    if (width < 0) {
        spec.left = true;
        width = width == INT64_MIN ? INT64_MAX : -width;
    }
    spec.width = width;
}
inline void set_star_precision(PercentSpec& spec, std::int64_t precision) { spec.precision = precision < 0 ? 0 : precision; }

// d i u o x X e E f F g G c r s a: the conversions Python knows (a lone '%' with flags is not one).
bool is_percent_conversion(char32_t c);
// "unsupported format character 'y' (0x79) at index 3", which Python raises after fetching the
// value: the interpreter throws it when is_percent_conversion(spec.conversion) is false.
NumberError unsupported_format_character(std::string_view format, const PercentSpec& spec);

// An int for d i u o x X, c (the character with that code), and e E f F g G (as a float).
std::string percent_format_int(const BigInt& value, const PercentSpec& spec, const IntLimits& limits = {});
// A float for e E f F g G (for d i u the interpreter passes BigInt::from_double(x) to the int form).
std::string percent_format_float(double value, const PercentSpec& spec);
// Text for s r a (precision cuts it), or c (exactly one character, else "%c requires int or char").
std::string percent_format_str(std::string_view utf8, const PercentSpec& spec);

} // namespace revlab::py
