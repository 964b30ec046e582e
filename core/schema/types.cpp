// Column types: rendering for SQLite (SQLAlchemy 1.4's SQLiteTypeCompiler over GenericTypeCompiler),
// the affinity family types are compared by, and the reverse mapping from a declared type back to
// a type class (SQLiteDialect._resolve_type_affinity).
#include "schema/reflect.hpp"
#include "schema/table.hpp"

#include "error.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace revlab::schema {

namespace {

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

// _render_string_type: a zero length is dropped as Python's `if type_.length` drops it; the
// collation is double-quoted but not escaped.
std::string string_type(const ColumnType& t, const char* sql_name) {
    std::string out = sql_name;
    if (t.length && *t.length != 0) out += "(" + std::to_string(*t.length) + ")";
    if (t.collation && !t.collation->empty()) out += " COLLATE \"" + *t.collation + "\"";
    return out;
}

std::string numeric_type(const ColumnType& t, const char* sql_name) {
    std::string out = sql_name;
    if (!t.precision) return out;
    out += "(" + std::to_string(*t.precision);
    if (t.scale) out += ", " + std::to_string(*t.scale);
    return out + ")";
}

// An Enum is a VARCHAR as long as its longest value; an explicit length counts only with
// native_enum=False (SQLAlchemy warns and ignores it otherwise).
long long enum_length(const ColumnType& t) {
    if (!t.native_enum && t.length) return *t.length;
    long long longest = 0;
    for (const auto& v : t.enum_values) {
        // Python's len() counts code points, not UTF-8 bytes.
        long long n = std::count_if(v.begin(), v.end(),
                                    [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
        longest = std::max(longest, n);
    }
    return longest;
}

} // namespace

std::string ColumnType::ddl() const {
    if (one_of(name, {"Integer", "INTEGER"})) return "INTEGER";
    if (one_of(name, {"BigInteger", "BIGINT"})) return "BIGINT";
    if (one_of(name, {"SmallInteger", "SMALLINT"})) return "SMALLINT";
    if (one_of(name, {"String", "Unicode", "VARCHAR"})) return string_type(*this, "VARCHAR");
    if (one_of(name, {"Text", "UnicodeText", "TEXT"})) return string_type(*this, "TEXT");
    if (name == "NVARCHAR") return string_type(*this, "NVARCHAR");
    if (name == "CHAR") return string_type(*this, "CHAR");
    if (name == "NCHAR") return string_type(*this, "NCHAR");
    if (name == "CLOB") return "CLOB"; // visit_CLOB ignores length and collation
    if (name == "Enum") {
        ColumnType as_varchar = *this;
        as_varchar.length = enum_length(*this);
        return string_type(as_varchar, "VARCHAR");
    }
    if (one_of(name, {"Boolean", "BOOLEAN"})) return "BOOLEAN";
    if (one_of(name, {"Date", "DATE"})) return "DATE";
    // Interval has no SQLite type of its own: it is stored as a DATETIME (epoch + delta).
    if (one_of(name, {"DateTime", "DATETIME", "Interval"})) return "DATETIME";
    if (name == "TIMESTAMP") return "TIMESTAMP";
    if (one_of(name, {"Time", "TIME"})) return "TIME";
    if (one_of(name, {"Float", "FLOAT"})) return "FLOAT"; // precision is not rendered
    if (name == "REAL") return "REAL";
    if (one_of(name, {"Numeric", "NUMERIC"})) return numeric_type(*this, "NUMERIC");
    if (name == "DECIMAL") return numeric_type(*this, "DECIMAL");
    if (one_of(name, {"LargeBinary", "BLOB", "PickleType"})) return "BLOB";
    if (one_of(name, {"BINARY", "VARBINARY"})) {
        std::string out = name;
        if (length && *length != 0) out += "(" + std::to_string(*length) + ")";
        return out;
    }
    if (name == "JSON") return "JSON";
    // SQLAlchemy's visit_user_defined writes get_col_spec() verbatim.
    if (name == "UserDefinedType") return col_spec;
    if (name == "NullType")
        throw Error("Can't generate DDL for NullType(); did you forget to specify a type on this Column?");
    throw Error("Revlab cannot render the column type '" + name + "' for SQLite");
}

// TypeEngine._type_affinity: the generic class a type descends from, lower-cased.
std::string ColumnType::affinity() const {
    if (one_of(name, {"Integer", "BigInteger", "SmallInteger", "INTEGER", "BIGINT", "SMALLINT"}))
        return "integer";
    if (one_of(name, {"String", "Unicode", "Text", "UnicodeText", "VARCHAR", "NVARCHAR", "CHAR", "NCHAR",
                      "TEXT", "CLOB", "Enum"}))
        return "string";
    if (one_of(name, {"Boolean", "BOOLEAN"})) return "boolean";
    if (one_of(name, {"Date", "DATE"})) return "date";
    if (one_of(name, {"DateTime", "DATETIME", "TIMESTAMP"})) return "datetime";
    if (one_of(name, {"Time", "TIME"})) return "time";
    if (name == "Interval") return "interval";
    if (one_of(name, {"Float", "FLOAT", "REAL", "Numeric", "NUMERIC", "DECIMAL"})) return "numeric";
    if (one_of(name, {"LargeBinary", "BLOB", "BINARY", "VARBINARY", "PickleType"})) return "binary";
    if (name == "JSON") return "json";
    // A UserDefinedType subclass is its own affinity (the MRO walk stops at UserDefinedType), so it
    // never matches a reflected type: a batch copy CASTs into it, as Alembic does.
    if (name == "UserDefinedType") return "user_defined";
    return "null";
}

namespace {

bool contains(std::string_view s, std::string_view part) {
    return s.find(part) != std::string_view::npos;
}

bool is_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c >= 0x80;
}

// The type classes SQLite's ischema_names maps declared names to.
constexpr std::array<std::pair<std::string_view, std::string_view>, 26> kIschemaNames{
    {{"BIGINT", "BIGINT"},
     {"BLOB", "BLOB"},
     {"BOOL", "BOOLEAN"},
     {"BOOLEAN", "BOOLEAN"},
     {"CHAR", "CHAR"},
     {"DATE", "DATE"},
     {"DATE_CHAR", "DATE"},
     {"DATETIME", "DATETIME"},
     {"DATETIME_CHAR", "DATETIME"},
     {"DOUBLE", "FLOAT"},
     {"DECIMAL", "DECIMAL"},
     {"FLOAT", "FLOAT"},
     {"INT", "INTEGER"},
     {"INTEGER", "INTEGER"},
     {"JSON", "JSON"},
     {"NUMERIC", "NUMERIC"},
     {"REAL", "REAL"},
     {"SMALLINT", "SMALLINT"},
     {"TEXT", "TEXT"},
     {"TIME", "TIME"},
     {"TIME_CHAR", "TIME"},
     {"TIMESTAMP", "TIMESTAMP"},
     {"VARCHAR", "VARCHAR"},
     {"NVARCHAR", "NVARCHAR"},
     {"NCHAR", "NCHAR"},
     {"", ""}}};

// Calls the reflected class with the integers found in the declared arguments, as
// `coltype(*[int(a) for a in args])` does. The positional parameters differ per class; too many
// arguments is a TypeError, after which SQLAlchemy warns and uses no arguments at all.
ColumnType instantiate(const std::string& cls, const std::vector<long long>& args) {
    ColumnType t;
    t.name = cls;
    auto n = args.size();
    auto as_int = [](long long v) { return static_cast<int>(v); };
    if (one_of(cls, {"VARCHAR", "CHAR", "TEXT"})) { // (length, collation)
        if (n > 2) return t;
        if (n > 0) t.length = args[0];
        if (n > 1) t.collation = std::to_string(args[1]);
    } else if (one_of(cls, {"NVARCHAR", "NCHAR", "BLOB"})) { // (length)
        if (n > 1) return t;
        if (n > 0) t.length = args[0];
    } else if (one_of(cls, {"NUMERIC", "DECIMAL"})) { // (precision, scale, decimal_return_scale, asdecimal)
        if (n > 4) return t;
        if (n > 0) t.precision = as_int(args[0]);
        if (n > 1) t.scale = as_int(args[1]);
        if (n > 3) t.asdecimal = args[3] != 0;
    } else if (one_of(cls, {"FLOAT", "REAL"})) { // (precision, asdecimal, decimal_return_scale)
        if (n > 3) return t;
        if (n > 0) t.precision = as_int(args[0]);
        if (n > 1) t.asdecimal = args[1] != 0;
    } else if (one_of(cls, {"DATETIME", "TIMESTAMP", "TIME"})) { // (timezone)
        if (n > 1) return t;
        if (n > 0) t.timezone = args[0] != 0;
    } else if (cls == "BOOLEAN") { // (create_constraint, name, _create_events)
        if (n > 3) return t;
        if (n > 0) t.create_constraint = args[0] != 0;
        if (n > 1) t.enum_name = std::to_string(args[1]);
    } else if (cls == "JSON") { // (none_as_null): no effect on DDL
    }
    // INTEGER, BIGINT, SMALLINT, DATE and NullType take no arguments.
    return t;
}

} // namespace

ColumnType reflected_type(const std::string& declared) {
    // get_columns upper-cases the declared type (ASCII is all that matters for type names).
    std::string type = declared;
    for (auto& c : type)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');

    // re.match(r"([\w ]+)(\(.*?\))?", type_): a name of word characters and spaces, then the
    // first parenthesised part (up to the first ')' on the same line), if any.
    std::size_t end = 0;
    while (end < type.size() && (is_word_byte(static_cast<unsigned char>(type[end])) || type[end] == ' '))
        ++end;
    std::string coltype = type.substr(0, end);
    std::optional<std::string> args;
    if (end == 0) {
        args = ""; // no match at all: coltype "" and args "" (not None)
    } else if (end < type.size() && type[end] == '(') {
        auto close = type.find_first_of(")\n", end + 1);
        if (close != std::string::npos && type[close] == ')') args = type.substr(end, close - end + 1);
    }

    std::string cls;
    for (const auto& [declared_name, class_name] : kIschemaNames)
        if (!declared_name.empty() && coltype == declared_name) cls = class_name;
    if (cls.empty()) {
        // SQLite's own affinity rules (datatype3.html 3.1), in the dialect's order.
        if (contains(coltype, "INT"))
            cls = "INTEGER";
        else if (contains(coltype, "CHAR") || contains(coltype, "CLOB") || contains(coltype, "TEXT"))
            cls = "TEXT";
        else if (contains(coltype, "BLOB") || coltype.empty())
            cls = "NullType";
        else if (contains(coltype, "REAL") || contains(coltype, "FLOA") || contains(coltype, "DOUB"))
            cls = "REAL";
        else
            cls = "NUMERIC";
    }

    std::vector<long long> numbers;
    if (args) {
        // re.findall(r"(\d+)", args), each through int()
        for (std::size_t i = 0; i < args->size();) {
            if ((*args)[i] < '0' || (*args)[i] > '9') {
                ++i;
                continue;
            }
            long long v = 0;
            for (; i < args->size() && (*args)[i] >= '0' && (*args)[i] <= '9'; ++i)
                v = v > 100000000000000000LL ? v : v * 10 + ((*args)[i] - '0');
            numbers.push_back(v);
        }
    }
    return instantiate(cls, numbers);
}

} // namespace revlab::schema
