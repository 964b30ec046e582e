#include "operations/literals.hpp"

#include "operations/builders.hpp"
#include "operations/evaluator.hpp"
#include "py/floats.hpp"
#include "sqlite/database.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace revlab::operations {

namespace {

std::string quoted(const std::string& s) {
    return sqlite::to_sql_literal(sqlite::Value{s});
}

std::string two(long long v, int width = 2) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%0*lld", width, v);
    return buf;
}

// json.dumps of a float: Python's repr(float), and JavaScript's names for the values JSON lacks.
std::string python_float(double d) {
    if (std::isnan(d)) return "NaN";
    if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
    return py::float_repr(d);
}

void json_string(std::string& out, const std::string& s) {
    out += '"';
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == '"')
            out += "\\\"";
        else if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else if (c == '\b')
            out += "\\b";
        else if (c == '\f')
            out += "\\f";
        else if (c < 0x20 || c >= 0x80) {
            // ensure_ascii: every code point outside ASCII as \uXXXX (surrogate pairs above U+FFFF)
            unsigned cp = c;
            int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
            if (c >= 0x80) cp = c & (0x3F >> extra);
            for (int k = 0; k < extra && i + 1 < s.size(); ++k)
                cp = (cp << 6) | (static_cast<unsigned char>(s[++i]) & 0x3F);
            auto unit = [&](unsigned u) {
                char buf[16];
                std::snprintf(buf, sizeof buf, "\\u%04x", u);
                out += buf;
            };
            if (cp > 0xFFFF) {
                cp -= 0x10000;
                unit(0xD800 + (cp >> 10));
                unit(0xDC00 + (cp & 0x3FF));
            } else {
                unit(cp);
            }
        } else {
            out += static_cast<char>(c);
        }
    }
    out += '"';
}

void json_value(std::string& out, const Value& v) {
    switch (v.kind) {
    case Value::Kind::None:
        out += "null";
        return;
    case Value::Kind::Bool:
        out += v.b ? "true" : "false";
        return;
    case Value::Kind::Int:
        out += std::to_string(v.i);
        return;
    case Value::Kind::Float:
        out += python_float(v.f);
        return;
    case Value::Kind::Str:
        json_string(out, v.s);
        return;
    case Value::Kind::List:
    case Value::Kind::Tuple:
        out += '[';
        for (size_t i = 0; i < v.items.size(); ++i) {
            if (i) out += ", ";
            json_value(out, *v.items[i]);
        }
        out += ']';
        return;
    case Value::Kind::Dict:
        out += '{';
        for (size_t i = 0; i < v.items.size(); ++i) {
            if (i) out += ", ";
            const Value& k = *v.items[i];
            if (k.kind == Value::Kind::Str)
                json_string(out, k.s);
            else if (k.kind == Value::Kind::Int)
                json_string(out, std::to_string(k.i));
            else
                throw Error(k.loc, "JSON object keys must be strings");
            out += ": ";
            json_value(out, *v.values[i]);
        }
        out += '}';
        return;
    default:
        break;
    }
    throw Error(v.loc, v.describe() + " cannot be written as JSON");
}

struct DateParts {
    long long year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, micro = 0;
};

DateParts date_parts(const Value& call, bool time_only) {
    std::vector<long long> parts;
    for (const auto& a : call.items)
        parts.push_back(expect_int(*a, "a date or time part"));
    static const char* const date_names[] = {"year",   "month",  "day",        "hour",
                                             "minute", "second", "microsecond"};
    static const char* const time_names[] = {"hour", "minute", "second", "microsecond"};
    const char* const* names = time_only ? time_names : date_names;
    size_t count = time_only ? 4 : 7;
    std::vector<long long> values(count, 0);
    for (size_t i = 0; i < parts.size() && i < count; ++i)
        values[i] = parts[i];
    for (const auto& [k, v] : call.kwargs)
        for (size_t i = 0; i < count; ++i)
            if (k == names[i]) values[i] = expect_int(*v, k);
    DateParts d;
    if (time_only) {
        d.hour = values[0], d.minute = values[1], d.second = values[2], d.micro = values[3];
    } else {
        d.year = values[0], d.month = values[1], d.day = values[2], d.hour = values[3], d.minute = values[4];
        d.second = values[5], d.micro = values[6];
    }
    return d;
}

std::string date_text(const DateParts& d) {
    return two(d.year, 4) + "-" + two(d.month) + "-" + two(d.day);
}
std::string time_text(const DateParts& d, bool micro) {
    return two(d.hour) + ":" + two(d.minute) + ":" + two(d.second) + (micro ? "." + two(d.micro, 6) : "");
}

} // namespace

std::string json_dumps(const Value& v) {
    std::string out;
    json_value(out, v);
    return out;
}

std::string typed_literal(const Value& v, const schema::ColumnType* type) {
    const std::string affinity = type ? type->affinity() : "null";
    if (affinity == "json") {
        if (v.kind == Value::Kind::Call && canonical_name(v.s) == "sa.null") return "NULL";
        if (v.kind != Value::Kind::Call) return quoted(json_dumps(v)); // None too: JSON's 'null'
    }
    char buf[64];
    switch (v.kind) {
    case Value::Kind::None:
        return "NULL";
    case Value::Kind::Bool:
        return v.b ? "1" : "0";
    case Value::Kind::Int:
        return std::to_string(v.i);
    case Value::Kind::Float:
        std::snprintf(buf, sizeof buf, "%.17g", v.f);
        return std::string(buf).find_first_of(".en") == std::string::npos ? std::string(buf) + ".0" : buf;
    case Value::Kind::Str:
        return quoted(v.s);
    case Value::Kind::Bytes:
        return sqlite::to_sql_literal(sqlite::Value{sqlite::Blob{v.s}});
    case Value::Kind::Call: {
        const std::string name = canonical_name(v.s);
        if (name == "datetime.date" || name == "datetime.datetime") {
            DateParts d = date_parts(v, false);
            bool is_datetime = name == "datetime.datetime";
            if (affinity == "date") return quoted(date_text(d));
            if (affinity == "datetime") return quoted(date_text(d) + " " + time_text(d, true));
            // no type of that kind: Python's sqlite3 adapters (date.isoformat(), datetime.isoformat(" "))
            if (!is_datetime) return quoted(date_text(d));
            return quoted(date_text(d) + " " + time_text(d, d.micro != 0));
        }
        if (name == "datetime.time") {
            DateParts d = date_parts(v, true);
            if (affinity == "time") return quoted(time_text(d, true));
            throw Error(v.loc, "a datetime.time value needs a Time column (sa.column('x', sa.Time))");
        }
        if (name == "decimal.Decimal" && v.items.size() == 1) {
            const Value& a = *v.items[0];
            if (a.kind == Value::Kind::Str || a.kind == Value::Kind::Int)
                return a.kind == Value::Kind::Str ? a.s : std::to_string(a.i);
        }
        if (name == "op.inline_literal" || name == "sa.literal") {
            Arguments a(v, {"value", "type_"}, name == "sa.literal" ? "sa.literal()" : "op.inline_literal()");
            if (const Value* t = a.get("type_"); t && t->kind != Value::Kind::None) {
                schema::ColumnType own = build_type(*t);
                return typed_literal(a.require("value"), &own);
            }
            return typed_literal(a.require("value"), type);
        }
        if (name == "sa.text" || name == "sa.literal_column") return sql_text(v, "a value");
        if (name == "sa.null") return "NULL";
        if (name == "sa.true") return "1";
        if (name == "sa.false") return "0";
        if (name.rfind("sa.func.", 0) == 0) return build_server_default(v).sql; // now() is CURRENT_TIMESTAMP
        break;
    }
    default:
        break;
    }
    throw Error(v.loc, "a value here must be a literal (a string, a number, None, True/False, a date, "
                       "op.inline_literal(...)), not " +
                           v.describe());
}

bool is_table_value(const Value& v) {
    if (v.kind != Value::Kind::Call) return false;
    auto n = canonical_name(v.s);
    return n == "sa.table" || n == "sa.Table";
}

TableShape table_shape(const Value& v) {
    if (!is_table_value(v) || v.items.empty() || v.items[0]->kind != Value::Kind::Str)
        throw Error(v.loc, "expected a table: sa.table('name', sa.column('col', sa.Type), ...), not " +
                               v.describe());
    TableShape shape;
    shape.name = v.items[0]->s;
    for (size_t i = 1; i < v.items.size(); ++i) {
        const Value& c = *v.items[i];
        if (c.kind != Value::Kind::Call) continue;
        auto n = canonical_name(c.s);
        if ((n != "sa.column" && n != "sa.Column") || c.items.empty() || c.items[0]->kind != Value::Kind::Str)
            continue;
        std::optional<schema::ColumnType> type;
        for (size_t k = 1; k < c.items.size(); ++k)
            if (is_type(*c.items[k])) type = build_type(*c.items[k]);
        if (const Value* t = c.kwarg("type_"); t && is_type(*t)) type = build_type(*t);
        shape.columns.emplace_back(c.items[0]->s, type);
    }
    return shape;
}

const schema::ColumnType* TableShape::type_of(const std::string& column) const {
    for (const auto& [n, t] : columns)
        if (n == column) return t ? &*t : nullptr;
    return nullptr;
}

bool TableShape::has(const std::string& column) const {
    for (const auto& [n, t] : columns)
        if (n == column) return true;
    return false;
}

} // namespace revlab::operations
