#include "operations/builders.hpp"

#include "operations/evaluator.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace revlab::operations {

namespace {

// Every type class Revlab knows, by canonical name, with the constructor parameters it takes.
struct TypeSpec {
    std::string_view name;      // canonical ("sa.String", "sqlite.DATETIME")
    std::string_view model;     // ColumnType::name
    std::vector<std::string> signature;
};

const std::vector<TypeSpec>& type_specs() {
    // A function-local constant: built once, never mutated.
    static const std::vector<TypeSpec> specs = [] {
        std::vector<TypeSpec> s;
        auto strings = std::vector<std::string>{"length", "collation", "**kw"};
        for (auto n : {"String", "Unicode", "Text", "UnicodeText", "VARCHAR", "NVARCHAR", "CHAR", "NCHAR", "TEXT",
                       "CLOB"})
            s.push_back({n, n, strings});
        for (auto n : {"Integer", "BigInteger", "SmallInteger", "INTEGER", "BIGINT", "SMALLINT"})
            s.push_back({n, n, {}});
        s.push_back({"INT", "INTEGER", {}});
        s.push_back({"Boolean", "Boolean", {"create_constraint", "name", "**kw"}});
        s.push_back({"BOOLEAN", "BOOLEAN", {"create_constraint", "name", "**kw"}});
        for (auto n : {"Date", "DATE"}) s.push_back({n, n, {}});
        for (auto n : {"DateTime", "DATETIME", "TIMESTAMP", "Time", "TIME"}) s.push_back({n, n, {"timezone", "**kw"}});
        s.push_back({"Interval", "Interval", {"native", "second_precision", "day_precision"}});
        for (auto n : {"Float", "FLOAT", "REAL"})
            s.push_back({n, n, {"precision", "asdecimal", "decimal_return_scale", "**kw"}});
        for (auto n : {"Numeric", "NUMERIC", "DECIMAL"})
            s.push_back({n, n, {"precision", "scale", "decimal_return_scale", "asdecimal"}});
        for (auto n : {"LargeBinary", "BLOB", "BINARY", "VARBINARY", "_Binary"}) s.push_back({n, n, {"length"}});
        s.push_back({"PickleType", "PickleType", {"protocol", "pickler", "comparator"}});
        s.push_back({"JSON", "JSON", {"none_as_null"}});
        s.push_back({"Enum", "Enum", {"*args", "**kw"}});
        s.push_back({"NullType", "NullType", {}});
        // A UserDefinedType subclass records itself as UserDefinedType(get_col_spec()) (sa/_revlab.py).
        s.push_back({"UserDefinedType", "UserDefinedType", {"col_spec"}});
        return s;
    }();
    return specs;
}

const TypeSpec* find_type(const Value& v) {
    if (v.kind != Value::Kind::Ref && v.kind != Value::Kind::Call) return nullptr;
    std::string canon = canonical_name(v.s);
    std::string_view short_name;
    if (canon.rfind("sa.", 0) == 0) short_name = std::string_view(canon).substr(3);
    else if (canon.rfind("sqlite.", 0) == 0) short_name = std::string_view(canon).substr(7);
    else return nullptr;
    for (const auto& spec : type_specs())
        if (spec.name == short_name) return &spec;
    return nullptr;
}

std::optional<int> optional_int(const Arguments& a, const std::string& name) {
    const Value* v = a.get(name);
    if (!v || v->kind == Value::Kind::None) return std::nullopt;
    return static_cast<int>(expect_int(*v, "'" + name + "'"));
}

std::vector<std::string> column_names(const std::vector<ValuePtr>& items, const std::string& what) {
    std::vector<std::string> out;
    for (const auto& i : items) {
        if (i->kind == Value::Kind::Call && canonical_name(i->s) == "sa.text") {
            out.push_back(sql_text(*i, what));
            continue;
        }
        out.push_back(expect_str(*i, what));
    }
    return out;
}

std::optional<std::string> optional_name(const Arguments& a) {
    const Value* v = a.get("name");
    return v ? expect_optional_str(*v, "a constraint name") : std::nullopt;
}

bool is_call(const Value& v, std::string_view canon) {
    return v.kind == Value::Kind::Call && canonical_name(v.s) == canon;
}

void fk_options(const Arguments& a, schema::ForeignKey& fk) {
    auto opt = [&](const char* n) -> std::optional<std::string> {
        const Value* v = a.get(n);
        return v ? expect_optional_str(*v, std::string("'") + n + "'") : std::nullopt;
    };
    fk.name = optional_name(a);
    fk.ondelete = opt("ondelete");
    fk.onupdate = opt("onupdate");
    fk.deferrable_initially = opt("initially");
    fk.match = opt("match");
    if (const Value* d = a.get("deferrable"); d && d->kind != Value::Kind::None)
        fk.deferrable = expect_bool(*d, "'deferrable'");
}

} // namespace

bool is_type(const Value& v) { return find_type(v) != nullptr; }

// `<dialect>_<option>` that another dialect takes for this construct (SQLAlchemy 1.4's
// construct_arguments of mysql, mariadb, postgresql, mssql and oracle): SQLAlchemy keeps it for that
// dialect, and SQLite's DDL ignores it. Any other `<dialect>_...` is an ArgumentError there.
bool other_dialect_option(const std::string& construct, const std::string& key) {
    struct Accepted {
        const char* construct;
        const char* dialect;
        std::vector<std::string> options; // empty: any
    };
    static const std::vector<Accepted> table = {
        {"Table", "mysql", {}},
        {"Table", "mariadb", {}},
        {"Table", "postgresql", {"ignore_search_path", "tablespace", "partition_by", "with_oids", "on_commit", "inherits"}},
        {"Table", "oracle", {"resolve_synonyms", "on_commit", "compress"}},
        {"Index", "mysql", {"using", "length", "prefix", "with_parser"}},
        {"Index", "mariadb", {"using", "length", "prefix", "with_parser"}},
        {"Index", "postgresql", {"using", "include", "where", "ops", "concurrently", "with", "tablespace"}},
        {"Index", "mssql", {"clustered", "include", "where"}},
        {"Index", "oracle", {"bitmap", "compress"}},
        {"Column", "mssql", {"identity_start", "identity_increment"}},
    };
    for (const auto& a : table) {
        const std::string prefix = std::string(a.dialect) + "_";
        if (construct != a.construct || key.rfind(prefix, 0) != 0) continue;
        const std::string option = key.substr(prefix.size());
        if (a.options.empty() || std::find(a.options.begin(), a.options.end(), option) != a.options.end()) return true;
    }
    return false;
}

// A MySQL or PostgreSQL type that SQLAlchemy's SQLite type compiler has no visit for (the emulation
// records the others as the generic type they render as): its DDL fails.
static bool is_foreign_dialect_type(const Value& v) {
    return (v.kind == Value::Kind::Ref || v.kind == Value::Kind::Call) && v.s.rfind("sqlalchemy.dialects.", 0) == 0 &&
           v.s.rfind("sqlalchemy.dialects.sqlite.", 0) != 0 && v.s.rfind('.') != std::string::npos &&
           !v.s.empty() && std::isupper(static_cast<unsigned char>(v.s[v.s.rfind('.') + 1]));
}

schema::ColumnType build_type(const Value& v) {
    const TypeSpec* spec = find_type(v);
    if (!spec && is_foreign_dialect_type(v))
        throw Error(v.loc, "Compiler <sqlalchemy.dialects.sqlite.base.SQLiteTypeCompiler object> can't render "
                           "element of type " + v.s.substr(v.s.rfind('.') + 1));
    if (!spec) throw Error(v.loc, v.describe() + " is not a column type Revlab knows; use a SQLAlchemy type such "
                                                 "as sa.Integer(), sa.String(length=50) or sa.DateTime()");
    schema::ColumnType t;
    t.name = std::string(spec->model);
    if (v.kind == Value::Kind::Ref) return t; // sa.Integer written without parentheses
    Arguments a(v, spec->signature, "sa." + std::string(spec->name) + "()");
    if (a.has("length")) {
        const Value& l = *a.get("length");
        if (l.kind != Value::Kind::None) t.length = expect_int(l, "'length'");
    }
    if (const Value* c = a.get("collation")) t.collation = expect_optional_str(*c, "'collation'");
    if (const Value* tz = a.get("timezone")) t.timezone = expect_bool(*tz, "'timezone'");
    if (a.has("precision")) t.precision = optional_int(a, "precision");
    if (a.has("scale")) t.scale = optional_int(a, "scale");
    if (const Value* ad = a.get("asdecimal")) t.asdecimal = expect_bool(*ad, "'asdecimal'");
    if (const Value* cc = a.get("create_constraint")) t.create_constraint = expect_bool(*cc, "'create_constraint'");
    if (const Value* n = a.get("name")) t.enum_name = expect_optional_str(*n, "'name'");
    if (const Value* cs = a.get("col_spec")) t.col_spec = expect_str(*cs, "what get_col_spec() returns");
    if (t.name == "Enum") {
        for (const auto& e : a.rest()) {
            if (e->kind == Value::Kind::Str) t.enum_values.push_back(e->s);
            else throw Error(e->loc, "Revlab reads Enum values given as strings: sa.Enum('a', 'b', name='x')");
        }
        for (const auto& [k, val] : a.extra_keywords()) {
            if (k == "name") t.enum_name = expect_optional_str(*val, "'name'");
            else if (k == "create_constraint") t.create_constraint = expect_bool(*val, "'create_constraint'");
            else if (k == "length") t.length = expect_int(*val, "'length'");
            else if (k == "native_enum") t.native_enum = expect_bool(*val, "'native_enum'");
            else if (k == "validate_strings" || k == "values_callable" || k == "metadata" ||
                     k == "inherit_schema" || k == "schema" || k == "quote" || k == "omit_aliases" || k == "_create_events" ||
                     k == "sort_key_function")
                continue;
            else throw Error(val->loc, "unknown argument '" + k + "' to sa.Enum()");
        }
    }
    return t;
}

std::string sql_text(const Value& v, const std::string& what) {
    if (v.kind == Value::Kind::Str) return v.s;
    if (is_call(v, "sa.text") || is_call(v, "sa.literal_column")) {
        Arguments a(v, {"text", "**kw"}, "sa.text()");
        return expect_str(a.require("text"), "the text of sa.text()");
    }
    throw Error(v.loc, what + " must be a SQL string or sa.text(\"...\"), not " + v.describe());
}

schema::ServerDefault build_server_default(const Value& v) {
    schema::ServerDefault d;
    if (v.kind == Value::Kind::Str) {
        d.kind = schema::ServerDefault::Kind::Literal;
        std::string q = "'";
        for (char c : v.s) q += c == '\'' ? std::string("''") : std::string(1, c);
        d.sql = q + "'";
        return d;
    }
    if (is_call(v, "sa.text") || is_call(v, "sa.literal_column")) {
        // literal_column() is a ColumnElement, which SQLite's DDL compiler puts in parentheses;
        // text() is not.
        d.kind = is_call(v, "sa.text") ? schema::ServerDefault::Kind::Text
                                       : schema::ServerDefault::Kind::Expression;
        d.sql = sql_text(v, "server_default");
        return d;
    }
    // sa.DefaultClause(arg): what reflection gives a column (server_default=DefaultClause(text(...))).
    if (is_call(v, "sa.DefaultClause") && !v.items.empty()) return build_server_default(*v.items[0]);
    if (v.kind == Value::Kind::Call) {
        std::string canon = canonical_name(v.s);
        if (canon.rfind("sa.func.", 0) == 0) {
            std::string fn = canon.substr(8);
            d.kind = schema::ServerDefault::Kind::Expression;
            // SQLAlchemy's SQLite compiler spells these ANSI functions without parentheses.
            if (fn == "now" || fn == "current_timestamp" || fn == "localtimestamp" || fn == "sysdate")
                d.sql = "CURRENT_TIMESTAMP";
            else if (fn == "current_date") d.sql = "CURRENT_DATE";
            else if (fn == "current_time") d.sql = "CURRENT_TIME";
            else {
                std::string args;
                for (const auto& a : v.items) {
                    if (!args.empty()) args += ", ";
                    if (a->kind == Value::Kind::Str) args += "'" + a->s + "'";
                    else if (a->kind == Value::Kind::Int) args += std::to_string(a->i);
                    else args += sql_text(*a, "a function argument");
                }
                d.sql = fn + "(" + args + ")";
            }
            return d;
        }
        if (canon == "sa.false" || canon == "sa.true") {
            d.kind = schema::ServerDefault::Kind::Expression;
            d.sql = canon == "sa.true" ? "1" : "0";
            return d;
        }
    }
    throw Error(v.loc, "server_default must be a string, sa.text(\"...\") or a sa.func call, not " + v.describe());
}

std::pair<std::string, std::string> split_column_reference(const Value& v) {
    std::string spec = expect_str(v, "a foreign key target");
    auto dot = spec.rfind('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 == spec.size())
        throw Error(v.loc, "a foreign key target is written 'table.column', not '" + spec + "'");
    std::string table = spec.substr(0, dot);
    if (auto schema_dot = table.find('.'); schema_dot != std::string::npos) table = table.substr(schema_dot + 1);
    return {table, spec.substr(dot + 1)};
}

schema::Column build_column(const Value& call) {
    if (!is_call(call, "sa.Column"))
        throw Error(call.loc, "expected sa.Column(...), found " + call.describe());
    Arguments a(call, {"*args", "**kw"}, "sa.Column()");
    schema::Column col;
    bool named = false, typed = false, identity = false;
    for (const auto& arg : a.rest()) {
        if (!named && arg->kind == Value::Kind::Str) {
            col.name = arg->s;
            named = true;
        } else if (!typed && (is_type(*arg) || is_foreign_dialect_type(*arg))) {
            col.type = build_type(*arg);
            typed = true;
        } else if (is_call(*arg, "sa.ForeignKey")) {
            Arguments fa(*arg, {"column", "_constraint", "use_alter", "name", "onupdate", "ondelete", "deferrable",
                                "initially", "link_to_name", "match", "info", "**kw"},
                         "sa.ForeignKey()");
            schema::ForeignKey fk;
            auto [t, c] = split_column_reference(fa.require("column"));
            fk.referred_table = t;
            fk.referred_columns = {c};
            fk_options(fa, fk);
            col.foreign_keys.push_back(fk);
        } else if (is_call(*arg, "sa.Computed")) {
            // GENERATED ALWAYS AS (expr) [STORED|VIRTUAL], as SQLAlchemy's SQLite DDL writes it.
            Arguments ca(*arg, {"sqltext", "persisted"}, "sa.Computed()");
            schema::Computed computed{sql_text(ca.require("sqltext"), "the Computed expression"), std::nullopt};
            if (const Value* p = ca.get("persisted"); p && p->kind != Value::Kind::None)
                computed.persisted = expect_bool(*p, "persisted");
            col.computed = computed;
        } else if (is_call(*arg, "sa.Identity")) {
            identity = true; // no DDL on SQLite, but the column becomes NOT NULL
        } else if (is_call(*arg, "sa.Sequence")) {
            continue; // not DDL on SQLite
        } else {
            throw Error(arg->loc, "unexpected argument " + arg->describe() +
                                      " to sa.Column(); write sa.Column('name', sa.Type(), nullable=..., ...)");
        }
    }
    if (!named) throw Error(call.loc, "sa.Column() needs the column's name as its first argument");
    int nullable = -1; // -1: not given (SQLAlchemy then derives it from primary_key)
    for (const auto& [k, v] : call.kwargs) {
        if (k == "nullable") nullable = v->kind == Value::Kind::None ? -1 : (expect_bool(*v, "nullable") ? 1 : 0);
        else if (k == "primary_key") col.primary_key = expect_bool(*v, "primary_key");
        else if (k == "server_default") {
            if (v->kind != Value::Kind::None) col.server_default = build_server_default(*v);
        } else if (k == "autoincrement") {
            if (v->kind == Value::Kind::Str && v->s == "auto") col.autoincrement.reset();
            else if (v->kind == Value::Kind::Str && v->s == "ignore_fk") col.autoincrement = true;
            else col.autoincrement = expect_bool(*v, "autoincrement");
        } else if (k == "unique") col.unique = expect_bool(*v, "unique");
        else if (k == "index") col.index = expect_bool(*v, "index");
        else if (k == "comment") col.comment = expect_optional_str(*v, "comment");
        else if (k == "type_") col.type = build_type(*v);
        else if (k == "name") col.name = expect_str(*v, "name");
        else if (k == "default" || k == "onupdate" || k == "server_onupdate" || k == "key" || k == "info" ||
                 k == "doc" || k == "quote" || k == "system" || k == "_proxies" || k == "insert_default" ||
                 k == "sqlite_on_conflict_not_null" || k == "sqlite_on_conflict_primary_key" ||
                 k == "sqlite_on_conflict_unique" || other_dialect_option("Column", k))
            continue; // Python-side or irrelevant to SQLite DDL
        else
            throw Error(v->loc, "unknown argument '" + k + "' to sa.Column() (it takes nullable, primary_key, "
                                                           "server_default, autoincrement, unique, index, default, "
                                                           "comment, ...)");
    }
    col.nullable = nullable < 0 ? !col.primary_key && !identity : nullable == 1;
    for (auto& fk : col.foreign_keys) fk.columns = {col.name};
    return col;
}

TableItem build_table_item(const Value& v, const std::string& table) {
    if (is_call(v, "sa.Column")) return build_column(v);
    if (is_call(v, "sa.PrimaryKeyConstraint")) {
        Arguments a(v, {"*args", "name", "deferrable", "initially", "info", "_implicit_generated", "**kw"},
                    "sa.PrimaryKeyConstraint()");
        return schema::PrimaryKey{optional_name(a), column_names(a.rest(), "a primary key column name")};
    }
    if (is_call(v, "sa.UniqueConstraint")) {
        Arguments a(v, {"*args", "name", "deferrable", "initially", "info", "**kw"}, "sa.UniqueConstraint()");
        schema::Constraint c{schema::Constraint::Kind::Unique, {}, {}, {}};
        c.unique = {optional_name(a), column_names(a.rest(), "a unique column name")};
        return c;
    }
    if (is_call(v, "sa.ForeignKeyConstraint")) {
        Arguments a(v, {"columns", "refcolumns", "name", "onupdate", "ondelete", "deferrable", "initially",
                        "use_alter", "link_to_name", "match", "table", "info", "**kw"},
                    "sa.ForeignKeyConstraint()");
        schema::Constraint c{schema::Constraint::Kind::ForeignKey, {}, {}, {}};
        c.foreign_key.columns = column_names(expect_sequence(a.require("columns"), "columns"), "a column name");
        for (const auto& ref : expect_sequence(a.require("refcolumns"), "refcolumns")) {
            auto [t, col] = split_column_reference(*ref);
            c.foreign_key.referred_table = t;
            c.foreign_key.referred_columns.push_back(col);
        }
        if (c.foreign_key.columns.size() != c.foreign_key.referred_columns.size())
            throw Error(v.loc, "ForeignKeyConstraint needs as many referred columns as columns");
        fk_options(a, c.foreign_key);
        return c;
    }
    if (is_call(v, "sa.CheckConstraint")) {
        Arguments a(v, {"sqltext", "name", "deferrable", "initially", "table", "info", "_create_rule",
                        "_autoattach", "_type_bound", "**kw"},
                    "sa.CheckConstraint()");
        schema::Constraint c{schema::Constraint::Kind::Check, {}, {}, {}};
        c.check = {optional_name(a), sql_text(a.require("sqltext"), "a CHECK condition")};
        return c;
    }
    if (is_call(v, "sa.Index")) {
        Arguments a(v, {"name", "*args", "unique", "quote", "info", "**kw"}, "sa.Index()");
        schema::Index idx;
        idx.name = expect_str(a.require("name"), "an index name");
        idx.table = table;
        for (const auto& e : a.rest()) {
            idx.expressions.push_back(e->kind == Value::Kind::Str ? e->s : sql_text(*e, "an index expression"));
            idx.is_expression.push_back(e->kind != Value::Kind::Str);
        }
        if (const Value* u = a.get("unique")) idx.unique = expect_bool(*u, "unique");
        for (const auto& [k, w] : a.extra_keywords())
            if (k == "sqlite_where") idx.where = sql_text(*w, "sqlite_where");
        return idx;
    }
    throw Error(v.loc, "unexpected " + v.describe() + " in a table definition; expected sa.Column(...) or a "
                                                      "constraint such as sa.PrimaryKeyConstraint(...)");
}

schema::Table build_table(const std::string& name, const std::vector<ValuePtr>& items,
                          const std::vector<std::pair<std::string, ValuePtr>>& kwargs, const SourceLocation& loc) {
    schema::Table t;
    t.name = name;
    for (const auto& item : items) {
        TableItem built = build_table_item(*item, name);
        if (auto* c = std::get_if<schema::Column>(&built)) {
            if (t.find_column(c->name)) throw Error(item->loc, "column '" + c->name + "' appears twice in table '" + name + "'");
            t.columns.push_back(std::move(*c));
        } else if (auto* k = std::get_if<schema::Constraint>(&built)) {
            t.constraints.push_back(std::move(*k));
        } else if (auto* pk = std::get_if<schema::PrimaryKey>(&built)) {
            t.primary_key = std::move(*pk);
        } else {
            t.indexes.push_back(std::get<schema::Index>(built));
        }
    }
    for (const auto& [k, v] : kwargs) {
        if (k == "sqlite_autoincrement") t.sqlite_autoincrement = expect_bool(*v, "sqlite_autoincrement");
        else if (k == "comment") t.comment = expect_optional_str(*v, "comment");
        else if (k == "schema" || k == "info" || k == "prefixes" || k == "keep_existing" || k == "extend_existing" ||
                 k == "quote" || k == "if_not_exists" || k == "sqlite_with_rowid" || other_dialect_option("Table", k))
            continue;
        else throw Error(v->loc, "unknown argument '" + k + "' to create_table()");
    }
    // A primary key constraint makes its columns primary keys, and NOT NULL unless the column
    // said otherwise (SQLAlchemy's PrimaryKeyConstraint._set_parent).
    if (t.primary_key)
        for (const auto& pkc : t.primary_key->columns) {
            schema::Column* c = t.find_column(pkc);
            if (!c) throw Error(loc, "primary key column '" + pkc + "' is not a column of table '" + name + "'");
            c->primary_key = true;
            bool explicit_nullable = false;
            for (const auto& item : items)
                if (is_call(*item, "sa.Column") && !item->items.empty() && item->items[0]->kind == Value::Kind::Str &&
                    item->items[0]->s == pkc && item->kwarg("nullable"))
                    explicit_nullable = true;
            if (!explicit_nullable) c->nullable = false;
        }
    // Column(index=True) and Column(unique=True, index=True) get SQLAlchemy's default index name.
    for (const auto& c : t.columns)
        if (c.index) {
            schema::Index idx;
            idx.name = "ix_" + name + "_" + c.name;
            idx.table = name;
            idx.expressions = {c.name};
            idx.is_expression = {false};
            idx.unique = c.unique;
            t.indexes.push_back(idx);
        }
    for (const auto& con : t.constraints) {
        const std::vector<std::string>* cols = con.kind == schema::Constraint::Kind::Unique       ? &con.unique.columns
                                               : con.kind == schema::Constraint::Kind::ForeignKey ? &con.foreign_key.columns
                                                                                                   : nullptr;
        if (cols)
            for (const auto& cn : *cols)
                if (!t.find_column(cn))
                    throw Error(loc, "constraint refers to column '" + cn + "', which table '" + name + "' does not have");
    }
    return t;
}

} // namespace revlab::operations
