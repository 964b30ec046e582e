#include "command/revision_path.hpp"

#include "error.hpp"
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

// One %(key)... conversion of Python's printf-style formatting: flags, width, precision and the
// conversion letter, for the string and integer values _rev_path gives.
std::string format_one(const TemplateValue& value, const std::string& flags, int width, int precision,
                       char conversion, const std::string& key) {
    std::string body;
    bool numeric = false;
    if (conversion == 's' || conversion == 'r' || conversion == 'a') {
        if (const auto* s = std::get_if<std::string>(&value))
            body = conversion == 's' ? *s : "'" + *s + "'";
        else
            body = std::to_string(std::get<std::int64_t>(value));
        if (precision >= 0 && static_cast<std::size_t>(precision) < body.size()) body.resize(static_cast<std::size_t>(precision));
    } else if (conversion == 'd' || conversion == 'i' || conversion == 'u') {
        const auto* n = std::get_if<std::int64_t>(&value);
        if (!n) template_error("%(" + key + ")" + conversion + " needs a number, and " + key + " is text: write %(" + key + ")s");
        numeric = true;
        std::string digits = std::to_string(*n < 0 ? -*n : *n);
        if (precision > 0 && static_cast<std::size_t>(precision) > digits.size())
            digits.insert(0, static_cast<std::size_t>(precision) - digits.size(), '0');
        const std::string sign = *n < 0 ? "-" : flags.find('+') != std::string::npos ? "+"
                                 : flags.find(' ') != std::string::npos             ? " "
                                                                                    : "";
        body = sign + digits;
    } else {
        template_error(std::string("unsupported format character '") + conversion + "' in %(" + key + ")");
    }
    if (width > 0 && static_cast<std::size_t>(width) > body.size()) {
        const std::size_t pad = static_cast<std::size_t>(width) - body.size();
        if (flags.find('-') != std::string::npos)
            body.append(pad, ' ');
        else if (numeric && flags.find('0') != std::string::npos)
            body.insert(body[0] == '-' || body[0] == '+' || body[0] == ' ' ? 1 : 0, pad, '0');
        else
            body.insert(0, pad, ' ');
    }
    return body;
}

std::string python_format(const std::string& tmpl, const std::map<std::string, TemplateValue>& values) {
    std::string out;
    for (std::size_t i = 0; i < tmpl.size(); ++i) {
        if (tmpl[i] != '%') {
            out += tmpl[i];
            continue;
        }
        if (i + 1 < tmpl.size() && tmpl[i + 1] == '%') {
            out += '%';
            ++i;
            continue;
        }
        if (i + 1 >= tmpl.size() || tmpl[i + 1] != '(')
            template_error("write each field as %(name)s (fields: rev, slug, epoch, year, month, day, hour, minute, "
                           "second)");
        const auto close = tmpl.find(')', i);
        if (close == std::string::npos) template_error("a '%(' is not closed by ')'");
        const std::string key = tmpl.substr(i + 2, close - i - 2);
        auto it = values.find(key);
        if (it == values.end())
            template_error("there is no field '" + key + "' (fields: rev, slug, epoch, year, month, day, hour, "
                           "minute, second)");
        std::size_t k = close + 1;
        std::string flags;
        while (k < tmpl.size() && std::string("#0- +").find(tmpl[k]) != std::string::npos) flags += tmpl[k++];
        int width = 0, precision = -1;
        while (k < tmpl.size() && tmpl[k] >= '0' && tmpl[k] <= '9' && width < 1000) width = width * 10 + (tmpl[k++] - '0');
        if (k < tmpl.size() && tmpl[k] == '.') {
            ++k;
            precision = 0;
            while (k < tmpl.size() && tmpl[k] >= '0' && tmpl[k] <= '9' && precision < 1000)
                precision = precision * 10 + (tmpl[k++] - '0');
        }
        if (k >= tmpl.size()) template_error("%(" + key + ") needs a conversion, such as s or d");
        out += format_one(it->second, flags, width, precision, tmpl[k], key);
        i = k;
    }
    return out;
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
