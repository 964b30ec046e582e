// Python's format specification mini-language (format(), str.format, f-strings):
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// for int, float and str, with Python 3.11's results and error texts ("Unknown format code 'd' for
// object of type 'float'", "Cannot specify ',' with 's'.", ...). Text is UTF-8; widths and
// precisions count code points.
#pragma once

#include "py/bigint.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace revlab::py {

// Which built-in type's __format__ reads the spec: it sets the defaults (int: type 'd', right
// aligned; float: no type, right aligned; str: type 's', left aligned).
enum class FormatKind { Int, Float, Str };

struct FormatSpec {
    char32_t fill = U' ';
    char align = '>';        // '<', '>', '^' or '=' (after the defaults and the '0' flag)
    char sign = 0;           // '+', '-', ' ', or 0 when not given
    bool no_negative_zero = false; // 'z'
    bool alternate = false;  // '#'
    std::int64_t width = -1; // -1 when not given
    char grouping = 0;       // ',' or '_' (0: none)
    std::int64_t precision = -1;
    char32_t type = 0;       // the presentation type after the default; 0 for float's "none"
};

// The sandbox's cap on width and precision: a format("", "1000000000") would build a gigabyte.
// Past it: NumberError of kind Memory.
constexpr std::int64_t kMaxFormatWidth = 10'000'000;

// Parses `spec` for an object of type `type_name` (the name appears in errors, as Python's
// "Invalid format specifier 'abc' for object of type 'int'").
FormatSpec parse_format_spec(std::string_view spec, FormatKind kind, std::string_view type_name);

// format(value, spec). The int form also takes float types (e f g % ...: the int is converted,
// which may raise "int too large to convert to float"); limits.max_str_digits applies to 'd'.
// An empty spec gives str(value), as Python; the interpreter makes format(True, "") "True" itself.
std::string format_int(const BigInt& value, const FormatSpec& spec, std::string_view type_name = "int",
                       const IntLimits& limits = {});
std::string format_int(std::int64_t value, const FormatSpec& spec, std::string_view type_name = "int");
std::string format_float(double value, const FormatSpec& spec, std::string_view type_name = "float");
std::string format_str(std::string_view utf8, const FormatSpec& spec, std::string_view type_name = "str");

// The same from the spec's text.
std::string format_int(const BigInt& value, std::string_view spec, std::string_view type_name = "int",
                       const IntLimits& limits = {});
std::string format_float(double value, std::string_view spec, std::string_view type_name = "float");
std::string format_str(std::string_view utf8, std::string_view spec, std::string_view type_name = "str");

namespace format_detail {

// A formatted number in the pieces that padding and grouping treat differently.
struct NumberParts {
    std::string sign;   // "", "-", "+" or " "
    std::string prefix; // "0x", "0b", "0o", "0X"
    std::string digits; // the integer digits, before grouping
    std::string rest;   // point, fraction, exponent, '%'; or "inf"/"nan", or the character of 'c'
};
// Pads and groups as CPython's calc_number_widths and fill_number: with fill '0' and '=' alignment
// the padding is made of grouped zeros ("0,001,234"), else it is fill outside the number.
std::string layout_number(const NumberParts& parts, const FormatSpec& spec, char separator, int group);
// Pads text of `length` code points to the spec's width with its fill and alignment.
std::string pad(std::string text, std::size_t length, const FormatSpec& spec);
std::size_t code_points(std::string_view utf8);

} // namespace format_detail

} // namespace revlab::py
