#include "py/percent_mapping.hpp"

#include "py/number_error.hpp"

namespace revlab::py {

namespace {

// The key of "%(key)..." whose '(' is at `open`, as parse_percent_spec reads it (to the matching
// parenthesis), for the message of a spec that ends before its conversion.
std::string key_at(std::string_view tmpl, std::size_t open) {
    int depth = 1;
    std::size_t pos = open + 1;
    for (; depth > 0 && pos < tmpl.size(); ++pos) {
        if (tmpl[pos] == ')') --depth;
        if (tmpl[pos] == '(') ++depth;
    }
    return std::string(tmpl.substr(open + 1, pos - 2 - open));
}

} // namespace

std::string format_mapping(std::string_view tmpl,
                           const std::function<std::string(const PercentSpec&)>& field) {
    using Kind = PercentMappingError::Kind;
    std::string out;
    for (std::size_t i = 0; i < tmpl.size();) {
        const std::size_t percent = tmpl.find('%', i);
        out += tmpl.substr(i, percent == std::string_view::npos ? std::string_view::npos : percent - i);
        if (percent == std::string_view::npos) break;
        const bool keyed = percent + 1 < tmpl.size() && tmpl[percent + 1] == '(';
        if (!keyed && !(percent + 1 < tmpl.size() && tmpl[percent + 1] == '%'))
            throw PercentMappingError(Kind::NoKey, "");
        PercentSpec spec;
        try {
            spec = parse_percent_spec(tmpl, percent);
        } catch (const NumberError& e) {
            if (e.message == "incomplete format key") throw PercentMappingError(Kind::UnclosedKey, "");
            if (e.message == "incomplete format")
                throw PercentMappingError(Kind::NoConversion, key_at(tmpl, percent + 1));
            throw PercentMappingError(Kind::TooLarge, key_at(tmpl, percent + 1));
        }
        out += spec.literal ? "%" : field(spec);
        i = spec.end;
    }
    return out;
}

} // namespace revlab::py
