// BigInt from and to text, with Python 3.11's rules: int(text, base) and integer literals, str(n)
// and the digits of hex(), oct() and bin(). Python 3.11 refuses to convert decimal text of more than
// sys.get_int_max_str_digits() (4300) digits either way, because that conversion is quadratic: so
// does this, with the same messages.
#include "py/bigint.hpp"
#include "py/bigint_detail.hpp"
#include "py/char_class.hpp"
#include "py/str_repr.hpp"
#include "py/unicode.hpp"

#include <bit>
#include <cmath>

namespace revlab::py {

namespace bd = bigint_detail;

namespace {

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

std::string limit_message(std::size_t limit, std::size_t digits) {
    return "Exceeds the limit (" + std::to_string(limit) + " digits) for integer string conversion: value has " +
           std::to_string(digits) + " digits; use sys.set_int_max_str_digits() to increase the limit";
}

// Digits of `base` from s[i], with single underscores between them, as int() and the tokenizer
// accept them. Stops at the first character that cannot continue the number; returns false when
// there is no digit or an underscore is misplaced. Appends the digit values.
bool scan_digits(std::string_view s, std::size_t& i, int base, std::string& values) {
    const std::size_t start = values.size();
    char prev = 0;
    for (; i < s.size() && (digit_value(s[i]) < base || s[i] == '_'); ++i) {
        if (s[i] == '_') {
            if (prev == '_' || prev == 0) return false;
        } else {
            values += static_cast<char>(digit_value(s[i]));
        }
        prev = s[i];
    }
    return prev != '_' && values.size() > start;
}

// The value of the digits (values 0..base-1, most significant first).
BigInt from_digits(const std::string& values, int base, const IntLimits& limits) {
    std::size_t first = 0;
    while (first < values.size() && values[first] == 0) ++first;
    const std::size_t n = values.size() - first;
    if (n == 0) return BigInt();
    bd::Limbs mag;
    if (std::has_single_bit(static_cast<unsigned>(base))) {
        // Bits straight into limbs, from the least significant digit: linear, however long.
        const int width = std::countr_zero(static_cast<unsigned>(base));
        if ((n - 1) * static_cast<std::size_t>(width) >= limits.max_bits) bd::throw_too_big(limits.max_bits);
        std::size_t bit = 0;
        mag.assign((n * static_cast<std::size_t>(width) + bd::kLimbBits - 1) / bd::kLimbBits, 0);
        for (std::size_t k = values.size(); k-- > first; bit += static_cast<std::size_t>(width)) {
            const std::uint64_t v = static_cast<std::uint64_t>(values[k]) << (bit % bd::kLimbBits);
            mag[bit / bd::kLimbBits] |= static_cast<bd::Limb>(v);
            if ((v >> bd::kLimbBits) != 0) mag[bit / bd::kLimbBits + 1] |= static_cast<bd::Limb>(v >> bd::kLimbBits);
        }
    } else {
        // Chunks of `per` digits, each one multiply-add over the limbs: quadratic, which the digit
        // limit keeps small. An early refusal when even the shortest value of n digits is too big.
        if (static_cast<double>(n - 1) * std::log2(base) >= static_cast<double>(limits.max_bits))
            bd::throw_too_big(limits.max_bits);
        std::uint32_t per = 0, scale = 1;
        while (std::uint64_t{scale} * static_cast<unsigned>(base) <= 0xFFFFFFFFu) {
            scale *= static_cast<std::uint32_t>(base);
            ++per;
        }
        std::size_t k = first;
        const std::size_t head = n % per == 0 ? per : n % per;
        for (std::size_t len = head; k < values.size(); len = per) {
            std::uint32_t chunk = 0, chunk_scale = 1;
            for (std::size_t j = 0; j < len; ++j, ++k) {
                chunk = chunk * static_cast<std::uint32_t>(base) + static_cast<std::uint32_t>(values[k]);
                chunk_scale *= static_cast<std::uint32_t>(base);
            }
            bd::mul_small_add(mag, chunk_scale, chunk);
        }
    }
    BigInt r = BigInt::from_limbs(false, std::move(mag));
    if (r.bit_length() > limits.max_bits) bd::throw_too_big(limits.max_bits);
    return r;
}

bool limited_base(int base) { return !std::has_single_bit(static_cast<unsigned>(base)); }

} // namespace

BigInt BigInt::parse(std::string_view text, int base, const IntLimits& limits) {
    if (base != 0 && (base < 2 || base > 36))
        throw NumberError(NumberError::Kind::Value, "int() base must be >= 2 and <= 36, or 0");
    const auto invalid = [&]() -> NumberError {
        // Python quotes the argument with %.200R: its repr, cut after 200 code points.
        const std::string quoted = repr_str(text);
        std::size_t cut = 0;
        for (std::size_t count = 0; cut < quoted.size() && count < 200; ++count) cut += decode_utf8(quoted, cut).size;
        return NumberError(NumberError::Kind::Value, "invalid literal for int() with base " + std::to_string(base) +
                                                         ": " + quoted.substr(0, cut));
    };
    const std::string s = number_text_to_ascii(text);
    std::size_t i = 0;
    while (i < s.size() && is_ascii_space(s[i])) ++i;
    bool negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
    // The base from the prefix (base 0), or a prefix that matches the base given.
    int b = base;
    bool zeros_only = false; // base 0 without prefix and a leading 0: "00" is 0, "01" is refused
    const char p = i + 1 < s.size() && s[i] == '0' ? static_cast<char>(s[i + 1] | 0x20) : 0;
    const int prefixed = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefixed && (base == 0 || base == prefixed)) {
        b = prefixed;
        i += 2;
        if (i < s.size() && s[i] == '_') ++i; // "0x_ff": one underscore may follow the prefix
    } else if (base == 0) {
        b = 10;
        zeros_only = i < s.size() && s[i] == '0';
    }
    std::string values;
    if (!scan_digits(s, i, b, values)) throw invalid();
    std::size_t end = i;
    while (end < s.size() && is_ascii_space(s[end])) ++end;
    if (end != s.size()) throw invalid();
    if (limited_base(b) && limits.max_str_digits && values.size() > limits.max_str_digits)
        throw NumberError(NumberError::Kind::Value, limit_message(limits.max_str_digits, values.size()));
    BigInt r = from_digits(values, b, limits);
    if (zeros_only && !r.is_zero()) throw invalid();
    if (negative) r = -r;
    return r;
}

BigInt BigInt::parse_literal(std::string_view text, const IntLimits& limits) {
    int base = 10;
    std::size_t i = 0;
    const char p = text.size() > 1 && text[0] == '0' ? static_cast<char>(text[1] | 0x20) : 0;
    if (p == 'x' || p == 'o' || p == 'b') {
        base = p == 'x' ? 16 : p == 'o' ? 8 : 2;
        i = 2;
        if (i < text.size() && text[i] == '_') ++i;
    }
    std::string values;
    if (!scan_digits(text, i, base, values) || i != text.size()) {
        const char* kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : base == 2 ? "binary" : "decimal";
        throw NumberError(NumberError::Kind::Value, std::string("invalid ") + kind + " literal");
    }
    if (base == 10 && values.size() > 1 && values[0] == 0 && values.find_first_not_of('\0') != std::string::npos)
        throw NumberError(NumberError::Kind::Value, "leading zeros in decimal integer literals are not permitted; "
                                                    "use an 0o prefix for octal integers");
    if (base == 10 && limits.max_str_digits && values.size() > limits.max_str_digits)
        throw NumberError(NumberError::Kind::Value,
                          limit_message(limits.max_str_digits, values.size()) +
                              " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
    return from_digits(values, base, limits);
}

std::string BigInt::to_string(int base, const IntLimits& limits) const {
    if (base != 2 && base != 8 && base != 10 && base != 16)
        throw NumberError(NumberError::Kind::Value, "BigInt::to_string: base must be 2, 8, 10 or 16");
    if (mag_.empty()) return "0";
    std::string digits; // least significant first
    if (base != 10) {
        const std::size_t width = static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(base)));
        const std::size_t bits = bit_length();
        for (std::size_t bit = 0; bit < bits; bit += width) {
            std::uint64_t v = mag_[bit / bd::kLimbBits] >> (bit % bd::kLimbBits);
            if (bit / bd::kLimbBits + 1 < mag_.size()) v |= std::uint64_t{mag_[bit / bd::kLimbBits + 1]} << (bd::kLimbBits - bit % bd::kLimbBits);
            digits += "0123456789abcdef"[v & (static_cast<unsigned>(base) - 1)];
        }
    } else {
        // A number of b bits has at least floor((b - 1) * log10(2)) + 1 digits: refuse what is surely
        // past the limit before the quadratic conversion, check the exact count afterwards.
        const std::size_t limit = limits.max_str_digits;
        const auto too_long = [&] {
            return NumberError(NumberError::Kind::Value, "Exceeds the limit (" + std::to_string(limit) +
                                                             " digits) for integer string conversion; use "
                                                             "sys.set_int_max_str_digits() to increase the limit");
        };
        if (limit && static_cast<double>(bit_length() - 1) * 0.30102999566398120 >= static_cast<double>(limit) + 1)
            throw too_long();
        bd::Limbs rest = mag_;
        while (!rest.empty()) {
            std::uint32_t chunk = bd::div_small(rest, 1'000'000'000);
            for (int k = 0; k < 9 && (chunk || !rest.empty()); ++k, chunk /= 10) digits += static_cast<char>('0' + chunk % 10);
        }
        if (limit && digits.size() > limit) throw too_long();
    }
    if (neg_) digits += '-';
    return {digits.rbegin(), digits.rend()};
}

} // namespace revlab::py
