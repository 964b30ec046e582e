#include "autogenerate/types.hpp"

#include "py/str_repr.hpp"

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace revlab::autogenerate {

namespace {

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

std::string join(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : ", ") + p;
    return out;
}

// Enum's default length: its longest value, counted in code points as Python's len() does.
long long longest_value(const schema::ColumnType& t) {
    long long longest = 0;
    for (const auto& v : t.enum_values) {
        long long n = std::count_if(v.begin(), v.end(),
                                    [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
        longest = std::max(longest, n);
    }
    return longest;
}

// generic_repr lists the __init__ keyword arguments whose value differs from the default, in
// signature order. Each family below is one __init__ signature of SQLAlchemy 1.4.
std::vector<std::string> repr_arguments(const schema::ColumnType& t) {
    std::vector<std::string> args;
    const std::string& n = t.name;
    if (one_of(n, {"String", "VARCHAR", "CHAR", "Text", "TEXT", "CLOB"})) {
        // String(length=None, collation=None, ...)
        if (t.length) args.push_back("length=" + std::to_string(*t.length));
        if (t.collation) args.push_back("collation=" + py::repr_str(*t.collation));
    } else if (one_of(n, {"Unicode", "UnicodeText", "NVARCHAR", "NCHAR", "LargeBinary", "BLOB", "BINARY",
                          "VARBINARY"})) {
        // Unicode(length=None, **kwargs), LargeBinary(length=None)
        if (t.length) args.push_back("length=" + std::to_string(*t.length));
    } else if (one_of(n, {"Numeric", "NUMERIC", "DECIMAL"})) {
        // Numeric(precision=None, scale=None, decimal_return_scale=None, asdecimal=True)
        if (t.precision) args.push_back("precision=" + std::to_string(*t.precision));
        if (t.scale) args.push_back("scale=" + std::to_string(*t.scale));
        if (!t.asdecimal) args.push_back("asdecimal=False");
    } else if (one_of(n, {"Float", "FLOAT", "REAL"})) {
        // Float(precision=None, asdecimal=False, ...): asdecimal is not tracked reliably for
        // floats (the model keeps Numeric's default), so only the precision shows.
        if (t.precision) args.push_back("precision=" + std::to_string(*t.precision));
    } else if (one_of(n, {"DateTime", "DATETIME", "TIMESTAMP", "Time", "TIME"})) {
        if (t.timezone) args.push_back("timezone=True");
    } else if (one_of(n, {"Boolean", "BOOLEAN"})) {
        // Boolean(create_constraint=False, name=None, _create_events=True)
        if (t.create_constraint) args.push_back("create_constraint=True");
        if (t.enum_name) args.push_back("name=" + py::repr_str(*t.enum_name));
    } else if (n == "Enum") {
        // Enum(*enums, **kw) then SchemaType(name=None, ...), then the extra native_enum,
        // create_constraint and length (when not the default, the longest value).
        for (const auto& v : t.enum_values)
            args.push_back(py::repr_str(v));
        if (t.enum_name) args.push_back("name=" + py::repr_str(*t.enum_name));
        if (!t.native_enum) args.push_back("native_enum=False");
        if (t.create_constraint) args.push_back("create_constraint=True");
        if (!t.native_enum && t.length && *t.length != longest_value(t))
            args.push_back("length=" + std::to_string(*t.length));
    }
    // Integer, BigInteger, SmallInteger, Date, JSON, Interval, PickleType, NullType: no arguments
    // differ from their defaults in what Revlab models.
    return args;
}

// DefaultImpl._tokenize_column_type: re.findall(r"[\w\-_]+|\(.+?\)", ddl.lower()).
struct TypeTokens {
    std::string first;
    std::vector<std::string> words, args;
};

bool is_token_char(char c) {
    auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' ||
           u == '-' || u >= 0x80;
}

std::string strip(const std::string& s) {
    auto b = s.find_first_not_of(" \t\n\r\f\v");
    if (b == std::string::npos) return "";
    return s.substr(b, s.find_last_not_of(" \t\n\r\f\v") - b + 1);
}

TypeTokens tokenize(const schema::ColumnType& type) {
    std::string ddl = type.ddl();
    for (auto& c : ddl)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    std::vector<std::string> words;
    std::optional<std::string> paren;
    for (std::size_t i = 0; i < ddl.size();) {
        if (is_token_char(ddl[i])) {
            std::size_t start = i;
            while (i < ddl.size() && is_token_char(ddl[i]))
                ++i;
            words.push_back(ddl.substr(start, i - start));
        } else if (ddl[i] == '(' && ddl.find(')', i + 2) != std::string::npos) {
            std::size_t close = ddl.find(')', i + 2); // .+? takes at least one character
            paren = ddl.substr(i, close - i + 1);
            i = close + 1;
        } else {
            ++i;
        }
    }
    TypeTokens t;
    if (!words.empty()) {
        t.first = words[0];
        t.words.assign(words.begin() + 1, words.end());
    }
    if (paren) {
        // re.findall("[^(),]+", paren): the comma-separated terms; key=value terms are kwargs,
        // which compare_type never looks at.
        std::string term;
        auto flush = [&] {
            if (!term.empty() && term.find('=') == std::string::npos) t.args.push_back(strip(term));
            term.clear();
        };
        for (char c : *paren) {
            if (c == '(' || c == ')' || c == ',')
                flush();
            else
                term += c;
        }
        flush();
    }
    return t;
}

std::string joined_words(const TypeTokens& t) {
    std::string out = t.first;
    for (const auto& w : t.words)
        out += " " + w;
    return out;
}

} // namespace

std::string type_repr(const schema::ColumnType& type) {
    return type.name + "(" + join(repr_arguments(type)) + ")";
}

RenderedType render_type(const TypeRef& type) {
    // SQLite reflects JSON as sqlalchemy.dialects.sqlite.JSON; every other reflected class is a
    // generic one from sqlalchemy.types.
    if (type.origin == Origin::Database && type.type.name == "JSON")
        return {"sqlite." + type_repr(type.type), "from sqlalchemy.dialects import sqlite"};
    return {"sa." + type_repr(type.type), std::nullopt};
}

bool types_differ(const schema::ColumnType& database, const schema::ColumnType& model) {
    TypeTokens insp = tokenize(database), meta = tokenize(model);
    bool match = insp.first == meta.first;
    if (!match) {
        // type_synonyms = ({"NUMERIC", "DECIMAL"},)
        auto synonym = [](const std::string& s) { return s == "numeric" || s == "decimal"; };
        match = (synonym(joined_words(insp)) && synonym(joined_words(meta))) ||
                (synonym(insp.first) && synonym(meta.first));
    }
    if (!match) return true;
    if (insp.words.size() == meta.words.size() && insp.words != meta.words) return true;
    if (insp.args.size() == meta.args.size() && insp.args != meta.args) return true;
    return false;
}

} // namespace revlab::autogenerate
