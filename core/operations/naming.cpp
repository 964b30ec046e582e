#include "operations/naming.hpp"

#include "error.hpp"
#include "py/percent_mapping.hpp"

#include <cctype>
#include <optional>

namespace revlab::operations {

namespace {

// What a template sees of one constraint (SQLAlchemy's ConventionDict).
struct Subject {
    const schema::Table& table;
    std::optional<std::string> name;
    std::vector<std::string> columns;
    std::string referred_table;
    std::vector<std::string> referred_columns;
};

std::string join(const std::vector<std::string>& items, const std::string& sep) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i)
        out += (i ? sep : "") + items[i];
    return out;
}

// column_<n>_name, column_0N_name (all, joined), column_0_N_name (all, joined by "_"), with
// _key and _label variants; referred_column_... for a foreign key's target.
std::optional<std::string> column_token(const std::string& token, const Subject& s) {
    bool referred = token.rfind("referred_", 0) == 0;
    std::string rest = referred ? token.substr(9) : token;
    if (rest.rfind("column_", 0) != 0) return std::nullopt;
    rest = rest.substr(7);
    size_t digits = 0;
    while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits])))
        ++digits;
    if (digits == 0) return std::nullopt;
    size_t index = std::stoul(rest.substr(0, digits));
    rest = rest.substr(digits);
    std::string sep;
    bool all = false;
    if (rest.rfind("N_", 0) == 0)
        all = true, rest = rest.substr(1);
    else if (rest.rfind("_N_", 0) == 0)
        all = true, sep = "_", rest = rest.substr(2);
    if (rest != "_name" && rest != "_key" && rest != "_label") return std::nullopt;
    const auto& cols = referred ? s.referred_columns : s.columns;
    const std::string& owner = referred ? s.referred_table : s.table.name;
    auto render = [&](const std::string& c) { return rest == "_label" ? owner + "_" + c : c; };
    if (all) {
        std::vector<std::string> names;
        for (size_t i = index; i < cols.size(); ++i)
            names.push_back(render(cols[i]));
        return join(names, sep);
    }
    return index < cols.size() ? render(cols[index]) : std::string();
}

std::string token_value(const std::string& token, const Subject& s) {
    if (token == "table_name") return s.table.name;
    if (token == "referred_table_name") return s.referred_table;
    if (token == "constraint_name") {
        if (!s.name)
            throw Error("Naming convention including %(constraint_name)s token requires that constraint is "
                        "explicitly named.");
        return *s.name;
    }
    if (auto v = column_token(token, s)) return *v;
    throw Error("naming_convention: unknown token %(" + token + ")s");
}

// Python's `template % dict`, for the %(key)s fields SQLAlchemy's conventions use.
std::string format(const std::string& tmpl, const Subject& s) {
    const auto unreadable = [&] {
        return Error("naming_convention: cannot read the template '" + tmpl + "'");
    };
    try {
        return py::format_mapping(tmpl, [&](const py::PercentSpec& spec) {
            if (!py::is_plain_s(spec)) throw unreadable();
            return token_value(spec.key, s);
        });
    } catch (const py::PercentMappingError&) {
        throw unreadable();
    }
}

const std::string* convention_for(const NamingConvention& convention, const std::string& key) {
    for (const auto& [k, v] : convention)
        if (k == key) return &v;
    return nullptr;
}

void name(std::optional<std::string>& target, const NamingConvention& convention, const std::string& key,
          Subject subject) {
    const std::string* tmpl = convention_for(convention, key);
    if (!tmpl) return;
    if (target && tmpl->find("%(constraint_name)s") == std::string::npos) return;
    target = format(*tmpl, subject);
}

} // namespace

void apply_naming_convention(schema::Table& table, const NamingConvention& convention) {
    if (convention.empty()) return;
    if (table.primary_key || !table.primary_key_columns().empty()) {
        if (!table.primary_key)
            table.primary_key = schema::PrimaryKey{std::nullopt, table.primary_key_columns()};
        auto& pk = *table.primary_key;
        name(pk.name, convention, "pk", {table, pk.name, pk.columns, "", {}});
    }
    for (auto& c : table.constraints) {
        switch (c.kind) {
        case schema::Constraint::Kind::Unique:
            name(c.unique.name, convention, "uq", {table, c.unique.name, c.unique.columns, "", {}});
            break;
        case schema::Constraint::Kind::ForeignKey: {
            auto& fk = c.foreign_key;
            name(fk.name, convention, "fk",
                 {table, fk.name, fk.columns, fk.referred_table, fk.referred_columns});
            break;
        }
        case schema::Constraint::Kind::Check:
            name(c.check.name, convention, "ck", {table, c.check.name, {}, "", {}});
            break;
        }
    }
    for (auto& idx : table.indexes) {
        std::optional<std::string> n = idx.name;
        std::vector<std::string> cols;
        for (size_t i = 0; i < idx.expressions.size(); ++i)
            if (!idx.is_expression[i]) cols.push_back(idx.expressions[i]);
        name(n, convention, "ix", {table, n, cols, "", {}});
        idx.name = *n;
    }
}

} // namespace revlab::operations
