// The schema layer's reflection in the shape the SQLAlchemy emulation's inspector reads
// (core/sa/lib/sqlalchemy/engine/reflection.py). It sat in sa/native_module.cpp; it lives here,
// above both sa and schema, so that neither of those two includes the other.
#include "operations/sa_inspector.hpp"

#include "py/runtime/classes.hpp"
#include "schema/reflect.hpp"

namespace revlab::operations {

using py::Interp;
using py::Value;

namespace {

Value optional_str(Interp& I, const std::optional<std::string>& s) {
    return s ? I.str(*s) : Value();
}

Value str_list(Interp& I, const std::vector<std::string>& items) {
    std::vector<Value> out;
    for (const std::string& s : items)
        out.push_back(I.str(s));
    return I.list(std::move(out));
}

// The reflected type as a dict the Python side turns into a type object.
Value type_dict(Interp& I, const schema::ColumnType& t) {
    py::Ref<py::DictObj> d = I.dict();
    d->set(I, "name", I.str(t.name));
    if (t.length) d->set(I, "length", Value::integer(*t.length));
    if (t.precision) d->set(I, "precision", Value::integer(*t.precision));
    if (t.scale) d->set(I, "scale", Value::integer(*t.scale));
    if (t.collation) d->set(I, "collation", I.str(*t.collation));
    return Value(d);
}

// reflect(table) -> dict: columns, pk, foreign_keys, indexes, unique_constraints, check_constraints
Value reflected_table(Interp& I, sqlite::Database& db, const std::string& name) {
    const schema::Table t = schema::reflect_table(db, name);
    py::Ref<py::DictObj> out = I.dict();
    std::vector<Value> columns;
    const std::vector<std::string> pk = t.primary_key_columns();
    for (const schema::Column& c : t.columns) {
        py::Ref<py::DictObj> col = I.dict();
        col->set(I, "name", I.str(c.name));
        col->set(I, "type", type_dict(I, c.type));
        col->set(I, "nullable", Value::boolean(c.nullable));
        col->set(I, "default", c.server_default ? I.str(c.server_default->sql) : Value());
        std::int64_t position = 0;
        for (std::size_t k = 0; k < pk.size(); ++k)
            if (pk[k] == c.name) position = static_cast<std::int64_t>(k + 1);
        col->set(I, "primary_key", Value::integer(position));
        if (c.computed) {
            py::Ref<py::DictObj> comp = I.dict();
            comp->set(I, "sqltext", I.str(c.computed->sqltext));
            if (c.computed->persisted) comp->set(I, "persisted", Value::boolean(*c.computed->persisted));
            col->set(I, "computed", Value(comp));
        }
        columns.push_back(Value(col));
    }
    out->set(I, "columns", I.list(std::move(columns)));
    py::Ref<py::DictObj> pkd = I.dict();
    pkd->set(I, "constrained_columns", str_list(I, pk));
    pkd->set(I, "name", t.primary_key ? optional_str(I, t.primary_key->name) : Value());
    out->set(I, "pk", Value(pkd));
    std::vector<Value> fks, uniques, checks;
    auto add_fk = [&](const schema::ForeignKey& fk) {
        py::Ref<py::DictObj> d = I.dict();
        d->set(I, "name", optional_str(I, fk.name));
        d->set(I, "constrained_columns", str_list(I, fk.columns));
        d->set(I, "referred_schema", Value());
        d->set(I, "referred_table", I.str(fk.referred_table));
        d->set(I, "referred_columns", str_list(I, fk.referred_columns));
        py::Ref<py::DictObj> options = I.dict();
        if (fk.ondelete) options->set(I, "ondelete", I.str(*fk.ondelete));
        if (fk.onupdate) options->set(I, "onupdate", I.str(*fk.onupdate));
        if (fk.deferrable) options->set(I, "deferrable", Value::boolean(*fk.deferrable));
        if (fk.deferrable_initially) options->set(I, "initially", I.str(*fk.deferrable_initially));
        d->set(I, "options", Value(options));
        fks.push_back(Value(d));
    };
    for (const schema::Column& c : t.columns)
        for (const schema::ForeignKey& fk : c.foreign_keys)
            add_fk(fk);
    for (const schema::Constraint& c : t.constraints) {
        if (c.kind == schema::Constraint::Kind::ForeignKey) {
            add_fk(c.foreign_key);
        } else if (c.kind == schema::Constraint::Kind::Unique) {
            py::Ref<py::DictObj> d = I.dict();
            d->set(I, "name", optional_str(I, c.unique.name));
            d->set(I, "column_names", str_list(I, c.unique.columns));
            uniques.push_back(Value(d));
        } else {
            py::Ref<py::DictObj> d = I.dict();
            d->set(I, "name", optional_str(I, c.check.name));
            d->set(I, "sqltext", I.str(c.check.sqltext));
            checks.push_back(Value(d));
        }
    }
    out->set(I, "foreign_keys", I.list(std::move(fks)));
    out->set(I, "unique_constraints", I.list(std::move(uniques)));
    out->set(I, "check_constraints", I.list(std::move(checks)));
    std::vector<Value> indexes;
    for (const schema::Index& ix : t.indexes) {
        py::Ref<py::DictObj> d = I.dict();
        d->set(I, "name", I.str(ix.name));
        d->set(I, "unique", Value::boolean(ix.unique));
        std::vector<Value> names, exprs;
        for (std::size_t k = 0; k < ix.expressions.size(); ++k) {
            names.push_back(ix.is_expression[k] ? Value() : I.str(ix.expressions[k]));
            exprs.push_back(I.str(ix.expressions[k]));
        }
        d->set(I, "column_names", I.list(std::move(names)));
        d->set(I, "expressions", I.list(std::move(exprs)));
        py::Ref<py::DictObj> options = I.dict();
        if (ix.where) options->set(I, "sqlite_where", I.str(*ix.where));
        d->set(I, "dialect_options", Value(options));
        indexes.push_back(Value(d));
    }
    out->set(I, "indexes", I.list(std::move(indexes)));
    out->set(I, "sqlite_autoincrement", Value::boolean(t.sqlite_autoincrement));
    return Value(out);
}

} // namespace

sa::Inspector schema_inspector() {
    return {[](sqlite::Database& db) { return schema::table_names(db); }, reflected_table};
}

} // namespace revlab::operations
