// References between the things a models.py declares. SQLAlchemy accepts a column object wherever
// a column name or a 'table.column' string goes (ForeignKey(User.id), Index('ix', User.email),
// UniqueConstraint(a, b) inside the class body); these become the strings the schema builders
// read. Foreign keys are then resolved as SQLAlchemy resolves them when Alembic sorts the tables:
// a missing table or column is an error, and a column declared without a type takes the type of
// the column it refers to.
#include "models/loader.hpp"

#include "operations/builders.hpp"

#include <algorithm>

namespace revlab::models::detail {

std::string canonical(const Value& v) {
    if (v.kind != Value::Kind::Ref && v.kind != Value::Kind::Call) return {};
    return operations::canonical_name(v.s);
}

bool is_call_to(const Value& v, std::string_view name) {
    return v.kind == Value::Kind::Call && canonical(v) == name;
}
bool is_call_to(const ValuePtr& v, std::string_view name) {
    return v && is_call_to(*v, name);
}

std::shared_ptr<Value> copy_value(const Value& v) {
    return std::make_shared<Value>(v);
}

namespace {

bool is_reference(const Value& v) {
    return v.kind == Value::Kind::Ref && (v.s.rfind(kClassPrefix, 0) == 0 || v.s.rfind(kTablePrefix, 0) == 0);
}

} // namespace

ColumnTarget Reader::column_target(const Value& ref, const ClassInfo* current) const {
    if (!is_reference(ref))
        throw Error(ref.loc,
                    "expected a column, written 'table.column' or as Model.attribute, not " + ref.describe());
    if (ref.s.rfind(kTablePrefix, 0) == 0) { // tags.c.tag_id
        std::string rest = ref.s.substr(kTablePrefix.size());
        auto c = rest.find(".c.");
        if (c == std::string::npos || rest.find('.', c + 3) != std::string::npos)
            throw Error(ref.loc, "refer to a column of a db.Table as table.c.column");
        return {rest.substr(0, c), rest.substr(c + 3)};
    }
    std::string rest = ref.s.substr(kClassPrefix.size());
    auto dot = rest.find('.');
    std::string class_name = rest.substr(0, dot);
    std::string path = dot == std::string::npos ? std::string() : rest.substr(dot + 1);
    const ClassInfo* cls = find_class(class_name);
    if (!cls || path.empty())
        throw Error(ref.loc, "expected a column such as " + class_name + ".id, not the class");
    if (path.rfind("__table__.c.", 0) == 0) {
        if (!cls->mapped) throw Error(ref.loc, "'" + class_name + "' has no table");
        return {tables_[cls->table].name, path.substr(12)};
    }
    if (path.find('.') != std::string::npos)
        throw Error(ref.loc,
                    "expected a column such as " + class_name + ".id, not " + class_name + "." + path);
    if (cls == current) { // the class whose body is being read: its own columns by attribute
        for (const auto& c : cls->columns)
            if (c.attribute == path) return {"", c.column->items[0]->s};
        throw Error(ref.loc, "'" + path + "' is not a column of " + class_name);
    }
    if (!cls->mapped)
        throw Error(ref.loc, "'" + class_name +
                                 "' is not mapped to a table (a mixin or abstract class): refer to "
                                 "the column of a model, or write 'table.column'");
    for (const ClassInfo* k : cls->mro) {
        if (!k->mapped) continue;
        auto it = k->column_names.find(path);
        if (it != k->column_names.end()) return {tables_[k->table].name, it->second};
    }
    throw Error(ref.loc, "'" + path + "' is not a column of " + class_name);
}

ValuePtr Reader::resolve_enum(const ValuePtr& type) const {
    if (!is_call_to(type, "sa.Enum")) return type;
    auto out = copy_value(*type);
    out->items.clear();
    std::string enum_name;
    for (const auto& item : type->items) {
        if (item->kind == Value::Kind::Str) {
            out->items.push_back(item);
            continue;
        }
        const ClassInfo* cls = nullptr;
        if (item->kind == Value::Kind::Ref && item->s.rfind(kClassPrefix, 0) == 0)
            cls = find_class(item->s.substr(kClassPrefix.size()));
        if (!cls || cls->kind != ClassInfo::Kind::Enum)
            throw Error(item->loc,
                        "Enum(" + item->describe() +
                            "): Revlab reads the members of an enum.Enum class "
                            "defined in this file, or values written as strings: Enum('a', 'b', name='x')");
        // SQLAlchemy stores the member NAMES (Enum.__members__, aliases included) and names the
        // type after the class, lower-cased.
        for (const auto& m : cls->enum_members)
            out->items.push_back(operations::make_str(m, item->loc));
        enum_name = cls->name;
        std::transform(enum_name.begin(), enum_name.end(), enum_name.begin(),
                       [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    }
    if (!enum_name.empty() && !type->kwarg("name"))
        out->kwargs.emplace_back("name", operations::make_str(enum_name, type->loc));
    return out;
}

ValuePtr Reader::resolve_references(const ValuePtr& v, const ClassInfo* current) const {
    if (v->kind == Value::Kind::Tuple || v->kind == Value::Kind::List) {
        auto out = copy_value(*v);
        for (auto& item : out->items)
            item = resolve_references(item, current);
        return out;
    }
    if (v->kind != Value::Kind::Call) return v;
    const std::string c = canonical(*v);
    auto out = copy_value(*v);
    auto as_name = [&](const ValuePtr& item) {
        return is_reference(*item) ? operations::make_str(column_target(*item, current).column, item->loc)
                                   : item;
    };
    auto as_target = [&](const ValuePtr& item) {
        if (!is_reference(*item)) return item;
        ColumnTarget t = column_target(*item, current);
        if (t.table.empty())
            throw Error(item->loc, "a ForeignKey to a column of the same class is written 'table.column'");
        return operations::make_str(t.table + "." + t.column, item->loc);
    };
    auto each = [](std::vector<ValuePtr>& items, std::size_t from, auto f) {
        for (std::size_t i = from; i < items.size(); ++i)
            items[i] = f(items[i]);
    };
    if (c == "sa.Column") {
        each(out->items, 0, [&](const ValuePtr& i) { return resolve_references(resolve_enum(i), current); });
    } else if (c == "sa.ForeignKey") {
        each(out->items, 0, as_target);
        for (auto& [k, val] : out->kwargs)
            if (k == "column") val = as_target(val);
    } else if (c == "sa.ForeignKeyConstraint") {
        auto list = [&](const ValuePtr& seq, auto f) {
            if (seq->kind != Value::Kind::List && seq->kind != Value::Kind::Tuple) return seq;
            auto copy = copy_value(*seq);
            for (auto& i : copy->items)
                i = f(i);
            return ValuePtr(copy);
        };
        if (!out->items.empty()) out->items[0] = list(out->items[0], as_name);
        if (out->items.size() > 1) out->items[1] = list(out->items[1], as_target);
        for (auto& [k, val] : out->kwargs) {
            if (k == "columns") val = list(val, as_name);
            if (k == "refcolumns") val = list(val, as_target);
        }
    } else if (c == "sa.UniqueConstraint" || c == "sa.PrimaryKeyConstraint" || c == "sa.Index") {
        each(out->items, 0, as_name);
    }
    return out;
}

// SQLAlchemy looks a constraint's column names up in the table as it attaches the constraint,
// while the class is created: a name the table lacks is a KeyError there.
void check_constraint_columns(const TableSpec& spec) {
    auto check = [&](const Value& name, const Value& constraint) {
        if (name.kind != Value::Kind::Str) return; // text(...) expressions of an Index
        for (const auto& c : spec.columns)
            if (c->items[0]->s == name.s) return;
        throw Error(name.loc, "table '" + spec.name + "' has no column named '" + name.s + "' (in " +
                                  constraint.describe() + ")");
    };
    for (const auto& a : spec.args) {
        if (is_call_to(a, "sa.UniqueConstraint") || is_call_to(a, "sa.PrimaryKeyConstraint")) {
            for (const auto& i : a->items)
                check(*i, *a);
        } else if (is_call_to(a, "sa.Index")) {
            for (std::size_t i = 1; i < a->items.size(); ++i)
                check(*a->items[i], *a);
        } else if (is_call_to(a, "sa.ForeignKeyConstraint")) {
            const Value* columns = a->items.empty() ? a->kwarg("columns") : a->items[0].get();
            if (columns && (columns->kind == Value::Kind::List || columns->kind == Value::Kind::Tuple))
                for (const auto& i : columns->items)
                    check(*i, *a);
        }
    }
}

namespace {

const schema::Table* find_table(const MetaData& m, const std::string& name) {
    for (const auto& t : m.tables)
        if (t.name == name) return &t;
    return nullptr;
}

// SQLAlchemy's NoReferencedTableError / NoReferencedColumnError, raised when Alembic's
// autogenerate sorts the tables (MetaData.sorted_tables) and the ForeignKey resolves its column.
void check_target(const MetaData& m, const std::string& table, const std::string& column,
                  const std::string& referred_table, const std::string& referred_column,
                  const SourceLocation& at) {
    const schema::Table* target = find_table(m, referred_table);
    if (!target)
        throw Error(at, "Foreign key associated with column '" + table + "." + column +
                            "' could not find table '" + referred_table +
                            "' with which to generate a foreign key to target column '" + referred_column +
                            "'");
    if (!target->find_column(referred_column))
        throw Error(at, "Could not initialize target column for ForeignKey '" + referred_table + "." +
                            referred_column + "' on table '" + table + "': table '" + referred_table +
                            "' has no column named '" + referred_column + "'");
}

// The ForeignKey(...) calls of an sa.Column value, in order: one per Column::foreign_keys entry.
std::vector<const Value*> foreign_key_calls(const Value& column) {
    std::vector<const Value*> out;
    for (const auto& item : column.items)
        if (is_call_to(*item, "sa.ForeignKey")) out.push_back(item.get());
    return out;
}

} // namespace

void Reader::check_foreign_keys(const MetaData& metadata) const {
    for (std::size_t i = 0; i < tables_.size(); ++i) {
        const TableSpec& spec = tables_[i];
        const schema::Table& table = metadata.tables[i];
        for (std::size_t c = 0; c < spec.columns.size(); ++c) {
            auto calls = foreign_key_calls(*spec.columns[c]);
            const schema::Column& col = table.columns[c];
            for (std::size_t k = 0; k < col.foreign_keys.size() && k < calls.size(); ++k)
                check_target(metadata, table.name, col.name, col.foreign_keys[k].referred_table,
                             col.foreign_keys[k].referred_columns[0], calls[k]->loc);
        }
        std::vector<const Value*> constraint_calls;
        for (const auto& a : spec.args)
            if (is_call_to(*a, "sa.ForeignKeyConstraint")) constraint_calls.push_back(a.get());
        std::size_t n = 0;
        for (const auto& con : table.constraints) {
            if (con.kind != schema::Constraint::Kind::ForeignKey) continue;
            const SourceLocation& at = n < constraint_calls.size() ? constraint_calls[n]->loc : spec.loc;
            ++n;
            for (std::size_t k = 0; k < con.foreign_key.columns.size(); ++k)
                check_target(metadata, table.name, con.foreign_key.columns[k], con.foreign_key.referred_table,
                             con.foreign_key.referred_columns[k], at);
        }
    }
}

// ForeignKey._set_target_column: "if self.parent.type._isnull: self.parent.type = column.type".
// A chain of untyped foreign keys resolves over several passes, as the events would fire.
void Reader::resolve_foreign_key_types(MetaData& metadata) const {
    for (std::size_t pass = 0; pass <= metadata.tables.size(); ++pass) {
        bool changed = false;
        auto adopt = [&](schema::Column& col, const std::string& table, const std::string& column) {
            const schema::Table* target = find_table(metadata, table);
            const schema::Column* referred = target ? target->find_column(column) : nullptr;
            if (col.type.name == "NullType" && referred && referred->type.name != "NullType") {
                col.type = referred->type;
                changed = true;
            }
        };
        for (auto& table : metadata.tables) {
            for (auto& col : table.columns)
                for (const auto& fk : col.foreign_keys)
                    adopt(col, fk.referred_table, fk.referred_columns[0]);
            for (const auto& con : table.constraints) {
                if (con.kind != schema::Constraint::Kind::ForeignKey) continue;
                const auto& fk = con.foreign_key;
                for (std::size_t k = 0; k < fk.columns.size() && k < fk.referred_columns.size(); ++k)
                    if (schema::Column* col = table.find_column(fk.columns[k]))
                        adopt(*col, fk.referred_table, fk.referred_columns[k]);
            }
        }
        if (!changed) return;
    }
}

} // namespace revlab::models::detail
