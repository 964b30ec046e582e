// Python's `template % mapping` for the templates that name every field: SQLAlchemy's naming
// conventions ("uq_%(table_name)s_%(column_0_name)s"), alembic.ini's file_template
// ("%(rev)s_%(slug)s") and configparser's interpolation ("%(here)s/versions"). The walk is the
// interpreter's own (parse_percent_spec): "%%" is a '%', and each "%(key)<flags><width>.<precision>
// <conversion>" is replaced by what the caller's `field` returns for that spec. What each template
// accepts (which keys, which conversions) and how it words an error stays with its caller.
#pragma once

#include "py/percent_format.hpp"

#include <exception>
#include <functional>
#include <string>
#include <string_view>

namespace revlab::py {

// A template format_mapping cannot read. The caller turns it into its own message.
struct PercentMappingError : std::exception {
    enum class Kind {
        NoKey,        // a '%' followed by neither '%' nor '(' ("50%", "%s")
        UnclosedKey,  // "%(rev" : no matching ')'
        NoConversion, // "%(rev)" or "%(rev)-5": the template ends before the conversion letter
        TooLarge,     // a width or precision past Python's limits
    };
    PercentMappingError(Kind kind_, std::string key_) : kind(kind_), key(std::move(key_)) {}
    const char* what() const noexcept override { return "cannot read the %-template"; }

    Kind kind;
    std::string key; // NoConversion: the key that has no conversion
};

// `field` gets each keyed spec (spec.key, spec.conversion, ...) and returns its text; it throws the
// caller's own error for a key or conversion the template may not use.
std::string format_mapping(std::string_view tmpl,
                           const std::function<std::string(const PercentSpec&)>& field);

// A plain "%(key)s": no flags, width or precision (configparser and naming conventions want no more).
inline bool is_plain_s(const PercentSpec& spec) {
    return spec.conversion == 's' && !spec.left && !spec.plus && !spec.blank && !spec.alternate &&
           !spec.zero && spec.width < 0 && spec.precision < 0 && !spec.width_star && !spec.precision_star;
}

} // namespace revlab::py
