// Floats to text and back. The digits come from py/float_digits (exact); this file lays them out
// as CPython's format_float_short does (where the point goes, when an exponent is used, which
// zeros are kept) and reads float() syntax.
#include "py/char_class.hpp"
#include "py/float_digits.hpp"
#include "py/floats.hpp"
#include "py/str_repr.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace revlab::py {

namespace {

// The digits laid out for one format type. "Virtual digits": the digit string padded with zeros
// on both sides, of which positions vdigits_start..vdigits_end are written, with the point after
// position decpt (CPython's own description of its format_float_short).
std::string layout(const float_digits::Decimal& d, char type, int precision, bool alternate, bool add_dot_zero) {
    const std::string& digits = d.digits;
    const int n = static_cast<int>(digits.size());
    int decpt = d.decpt;
    bool use_exp = false;
    int vdigits_end = n;
    switch (type) {
    case 'e':
        use_exp = true;
        vdigits_end = precision;
        break;
    case 'f':
        vdigits_end = decpt + precision;
        break;
    case 'g':
        // Exponent notation below 1e-4, or when the integer part needs more digits than the precision.
        if (decpt <= -4 || decpt > (add_dot_zero ? precision - 1 : precision)) use_exp = true;
        if (alternate) vdigits_end = precision;
        break;
    default: // 'r': fixed from 1e-4 up to 1e16
        if (decpt <= -4 || decpt > 16) use_exp = true;
        break;
    }
    int exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    const int vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_zero)
        vdigits_end = std::max(vdigits_end, decpt + 1);
    else
        vdigits_end = std::max(vdigits_end, decpt);

    std::string out;
    if (decpt <= 0) {
        out.append(static_cast<std::size_t>(decpt - vdigits_start), '0');
        out += '.';
        out.append(static_cast<std::size_t>(-decpt), '0');
    } else {
        out.append(static_cast<std::size_t>(-vdigits_start), '0');
    }
    if (decpt > 0 && decpt <= n) {
        out.append(digits, 0, static_cast<std::size_t>(decpt));
        out += '.';
        out.append(digits, static_cast<std::size_t>(decpt));
    } else {
        out += digits;
    }
    if (n < decpt) {
        out.append(static_cast<std::size_t>(decpt - n), '0');
        out += '.';
        out.append(static_cast<std::size_t>(vdigits_end - decpt), '0');
    } else {
        out.append(static_cast<std::size_t>(vdigits_end - n), '0');
    }
    if (out.back() == '.' && !alternate) out.pop_back();
    if (use_exp) {
        out += 'e';
        out += exp < 0 ? '-' : '+';
        const int a = exp < 0 ? -exp : exp;
        if (a < 10) out += '0';
        out += std::to_string(a);
    }
    return out;
}

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool equals_lower(std::string_view s, std::string_view lower) {
    if (s.size() != lower.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i)
        if ((s[i] | 0x20) != lower[i]) return false;
    return true;
}

// Reads [sign] (digits [. digits] | . digits) [e [sign] digits] | [sign] inf | infinity | nan,
// underscores already removed. nullopt when s is not exactly that.
std::optional<double> read_decimal(std::string_view s) {
    std::size_t i = 0;
    bool negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
    const std::string_view word = s.substr(i);
    if (equals_lower(word, "inf") || equals_lower(word, "infinity")) return negative ? -HUGE_VAL : HUGE_VAL;
    if (equals_lower(word, "nan")) return negative ? -std::nan("") : std::nan("");
    std::string digits; // integer and fraction digits, leading zeros dropped
    std::int64_t exp10 = 0;
    std::size_t count = 0;
    for (; i < s.size() && is_digit(s[i]); ++i, ++count)
        if (!digits.empty() || s[i] != '0') digits += s[i];
    if (i < s.size() && s[i] == '.') {
        for (++i; i < s.size() && is_digit(s[i]); ++i, ++count) {
            if (!digits.empty() || s[i] != '0') digits += s[i];
            --exp10;
        }
    }
    if (count == 0) return std::nullopt;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        bool exp_negative = false;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) exp_negative = s[i++] == '-';
        if (i == s.size() || !is_digit(s[i])) return std::nullopt;
        std::int64_t e = 0;
        for (; i < s.size() && is_digit(s[i]); ++i)
            e = std::min<std::int64_t>(e * 10 + (s[i] - '0'), 1'000'000'000); // past this: inf or 0 anyway
        exp10 += exp_negative ? -e : e;
    }
    if (i != s.size()) return std::nullopt;
    // Past 800 significant digits only whether the rest is zero matters (no halfway point between
    // doubles needs more than 768): keep 800, and a final 1 for a nonzero rest.
    constexpr std::size_t kKeep = 800;
    if (digits.size() > kKeep) {
        const bool rest = digits.find_first_not_of('0', kKeep) != std::string::npos;
        exp10 += static_cast<std::int64_t>(digits.size() - kKeep);
        digits.resize(kKeep);
        if (rest) {
            digits += '1';
            --exp10;
        }
    }
    while (!digits.empty() && digits.back() == '0') {
        digits.pop_back();
        ++exp10;
    }
    double value = 0.0;
    if (!digits.empty()) {
        const BigInt mantissa = BigInt::parse(digits, 10, IntLimits{~std::size_t{0}, 0});
        value = float_digits::decimal_to_double(mantissa, exp10);
    }
    return negative ? -value : value;
}

} // namespace

std::string double_to_string(double x, char type, int precision, unsigned flags) {
    const bool upper = type == 'E' || type == 'F' || type == 'G';
    if (upper) type = static_cast<char>(type + ('a' - 'A'));
    std::string out;
    bool negative = std::signbit(x) && !std::isnan(x); // Python writes every nan as "nan"
    std::string body;
    if (std::isnan(x)) {
        body = "nan";
    } else if (std::isinf(x)) {
        body = "inf";
    } else {
        const double a = std::fabs(x);
        float_digits::Decimal d;
        if (type == 'e') {
            d = float_digits::significant(a, precision + 1);
            precision += 1;
        } else if (type == 'f') {
            d = float_digits::fixed(a, precision);
        } else if (type == 'g') {
            if (precision == 0) precision = 1;
            d = float_digits::significant(a, precision);
        } else {
            d = float_digits::shortest(a);
        }
        if ((flags & kNoNegativeZero) && d.digits == "0") negative = false;
        body = layout(d, type, precision, (flags & kAlternate) != 0, (flags & kAddDotZero) != 0);
    }
    if (upper)
        for (char& c : body)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - ('a' - 'A'));
    if (negative)
        out = "-";
    else if (flags & kAlwaysSign)
        out = "+";
    return out + body;
}

std::string float_repr(double x) { return double_to_string(x, 'r', 0, kAddDotZero); }

double parse_float(std::string_view text) {
    const auto fail = [&]() -> NumberError {
        return NumberError(NumberError::Kind::Value, "could not convert string to float: " + repr_str(text));
    };
    std::string s = number_text_to_ascii(text);
    if (s.find('_') != std::string::npos) {
        // Underscores only between digits ("1_000.000_1", not "1_.5" or "_1").
        std::string kept;
        char prev = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (s[i] == '_' ? !is_digit(prev) : prev == '_' && !is_digit(s[i])) throw fail();
            if (s[i] != '_') kept += s[i];
            prev = s[i];
        }
        if (prev == '_') throw fail();
        s = std::move(kept);
    }
    std::size_t begin = 0, end = s.size();
    while (begin < end && is_ascii_space(s[begin])) ++begin;
    while (end > begin && is_ascii_space(s[end - 1])) --end;
    const std::optional<double> value = read_decimal(std::string_view(s).substr(begin, end - begin));
    if (!value) throw fail();
    return *value;
}

double parse_float_literal(std::string_view text) {
    std::string s;
    for (char c : text)
        if (c != '_') s += c;
    const std::optional<double> value = s.empty() || s[0] == '+' || s[0] == '-' ? std::nullopt : read_decimal(s);
    if (!value || std::isnan(*value) || (std::isinf(*value) && !is_digit(s[0]) && s[0] != '.'))
        throw NumberError(NumberError::Kind::Value, "invalid decimal literal");
    return *value;
}

} // namespace revlab::py
