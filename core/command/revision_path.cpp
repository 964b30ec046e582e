#include "command/revision_path.hpp"

#include "error.hpp"
#include "py/bigint.hpp"
#include "py/number_error.hpp"
#include "py/percent_mapping.hpp"
#include "py/str_repr.hpp"
#include "py/unicode.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <map>
#include <variant>

namespace revlab::command {

// _slug_re.findall(message) joined by "_", then .lower(), as Python does them to a str (Unicode
// word characters, so "添加用户表，增加索引" gives "添加用户表_增加索引"); then, past truncate_slug_length characters (40)
// (code points, not bytes), cut there and back to the last "_", which is kept.
std::string revision_slug(const std::string& message, int truncate) {
    // Lower-casing each character of the joined words is lower-casing the whole: "_" is unchanged.
    // len(slug) counts the lower-cased code points ("İ" lower-cases to two).
    std::u32string chars;
    bool in_word = false;
    for (std::size_t i = 0; i < message.size();) {
        const auto cp = py::decode_utf8(message, i);
        i += cp.size;
        const bool word = py::is_word(cp.value);
        if (word && !in_word && !chars.empty()) chars += U'_';
        if (word) py::append_lower(chars, cp.value);
        in_word = word;
    }
    // A negative length cuts from the end, as Python's slice does.
    const auto limit = static_cast<std::ptrdiff_t>(truncate);
    const auto size = static_cast<std::ptrdiff_t>(chars.size());
    if (size > limit) {
        chars.resize(static_cast<std::size_t>(limit >= 0 ? limit : std::max<std::ptrdiff_t>(0, size + limit)));
        const auto us = chars.rfind(U'_');
        if (us != std::u32string::npos) chars.erase(us);
        chars += U'_';
    }
    std::string out;
    for (char32_t c : chars) py::append_utf8(out, c);
    return out;
}

namespace {

using TemplateValue = std::variant<std::string, std::int64_t>;

[[noreturn]] void template_error(const std::string& message) {
    throw Error("alembic.ini: file_template: " + message);
}

// One %(key)... conversion of Python's printf-style formatting, for the string and integer values
// _rev_path gives: s, r, a for either, d, i, u for a number.
std::string format_one(const TemplateValue& value, const py::PercentSpec& spec) {
    const char32_t c = spec.conversion;
    if (c == 's' || c == 'r' || c == 'a') {
        if (const auto* n = std::get_if<std::int64_t>(&value))
            return py::percent_format_str(std::to_string(*n), spec);
        const std::string& s = std::get<std::string>(value);
        return py::percent_format_str(c == 's' ? s : c == 'r' ? py::repr_str(s) : py::ascii_str(s), spec);
    }
    if (c == 'd' || c == 'i' || c == 'u') {
        const auto* n = std::get_if<std::int64_t>(&value);
        if (!n)
            template_error("%(" + spec.key + ")" + static_cast<char>(c) + " needs a number, and " + spec.key +
                           " is text: write %(" + spec.key + ")s");
        return py::percent_format_int(py::BigInt(*n), spec);
    }
    std::string letter;
    py::append_utf8(letter, c);
    template_error("unsupported format character '" + letter + "' in %(" + spec.key + ")");
}

std::string python_format(const std::string& tmpl, const std::map<std::string, TemplateValue>& values) {
    using Kind = py::PercentMappingError::Kind;
    try {
        return py::format_mapping(tmpl, [&](const py::PercentSpec& spec) {
            auto it = values.find(spec.key);
            if (it == values.end())
                template_error("there is no field '" + spec.key +
                               "' (fields: rev, slug, epoch, year, month, day, "
                               "hour, minute, second)");
            return format_one(it->second, spec);
        });
    } catch (const py::PercentMappingError& e) {
        switch (e.kind) {
        case Kind::NoKey:
            template_error("write each field as %(name)s (fields: rev, slug, epoch, year, month, day, hour, minute, "
                           "second)");
        case Kind::UnclosedKey:
            template_error("a '%(' is not closed by ')'");
        case Kind::NoConversion:
            template_error("%(" + e.key + ") needs a conversion, such as s or d");
        case Kind::TooLarge:
            template_error("the width or precision of %(" + e.key + ") is too large");
        }
        throw;
    } catch (const py::NumberError& e) { // a width past the sandbox's cap
        template_error(e.message);
    }
}

} // namespace

std::string revision_file_name(const ScriptConfig& config, const std::string& rev_id, const std::string& message,
                               const std::string& create_date) {
    std::tm tm{};
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    std::sscanf(create_date.c_str(), "%d-%d-%d %d:%d:%d", &year, &month, &day, &hour, &minute, &second);
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_sec = second;
    tm.tm_isdst = -1;
    // datetime.timestamp() of a naive local time, as mktime reads it.
    const auto epoch = static_cast<std::int64_t>(std::mktime(&tm));
    const std::map<std::string, TemplateValue> values = {
        {"rev", rev_id}, {"slug", revision_slug(message, config.truncate_slug_length)},
        {"epoch", epoch}, {"year", year}, {"month", month}, {"day", day},
        {"hour", hour}, {"minute", minute}, {"second", second}};
    return python_format(config.file_template, values) + ".py";
}

} // namespace revlab::command
