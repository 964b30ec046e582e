// Mapping a model class to its table, as SQLAlchemy 1.4's declarative (orm/decl_base.py:
// _scan_attributes, _produce_column_copies, _setup_table, _setup_inheritance) and Flask-SQLAlchemy
// 3.0's metaclass (flask_sqlalchemy/model.py: should_set_tablename, __table_cls__) do it, step by
// step in their order, so that the same mistakes fail with the same messages.
#include "models/loader.hpp"

#include <algorithm>

namespace revlab::models::detail {

namespace {

bool is_ascii(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

} // namespace

void Reader::map_class(ClassInfo& cls) {
    // Flask-SQLAlchemy's should_set_tablename: the first class in the MRO that sets
    // __tablename__ decides; a name set by this class, a mixin or an abstract base is kept.
    bool generate = true;
    for (const ClassInfo* b : cls.mro)
        if (b->defines_tablename) {
            generate = !(b == &cls || b->abstract || !b->declarative());
            break;
        }
    std::optional<std::string> tablename;
    SourceLocation tablename_loc = cls.loc;
    if (generate) {
        if (!is_ascii(cls.name))
            throw Error(cls.loc, "give " + cls.name +
                                     " a __tablename__: Revlab derives table names from ASCII "
                                     "class names only");
        tablename = camel_to_snake_case(cls.name);
    }
    // Declarative's _scan_attributes: __tablename__ and __table_args__ come from the first class
    // in the MRO that sets them and is not itself mapped (Flask-SQLAlchemy set a generated name
    // on the class itself, which comes first).
    const ClassInfo* args_from = nullptr;
    bool named = generate;
    for (const ClassInfo* b : cls.mro) {
        if (b->mapped) continue;
        if (!named && b->defines_tablename) {
            tablename = b->tablename;
            tablename_loc = b->tablename_loc;
            named = true;
        }
        if (b->defines_table_args && !args_from) args_from = b;
    }
    if (args_from && args_from != &cls && !tablename) args_from = nullptr;

    // Own columns, then the columns of mixins and abstract bases that nothing earlier in the MRO
    // overrides (_produce_column_copies), in SQLAlchemy 1.4's creation order.
    std::vector<DeclaredColumn> columns = cls.columns;
    for (std::size_t i = 1; i < cls.mro.size(); ++i) {
        const ClassInfo* b = cls.mro[i];
        if (b->mapped) continue;
        if (b->mapper_property)
            throw Error(*b->mapper_property,
                        "Mapper properties (i.e. deferred,column_property(), relationship(), "
                        "etc.) must be declared as @declared_attr callables on declarative "
                        "mixin classes; Revlab does not read @declared_attr: declare it in "
                        "each model");
        for (const DeclaredColumn& d : b->columns) {
            auto owner = std::find_if(cls.mro.begin(), cls.mro.end(),
                                      [&](const ClassInfo* k) { return k->defines(d.attribute); });
            if (owner == cls.mro.end() || *owner != b) continue; // overridden
            if (d.has_foreign_key && !d.mapped_column)
                throw Error(d.loc,
                            "Columns with foreign keys to other columns must be declared as @declared_attr "
                            "callables on declarative mixin classes; Revlab does not read @declared_attr: "
                            "declare the column in each model (or use mapped_column)");
            columns.push_back(d);
        }
    }
    std::stable_sort(columns.begin(), columns.end(), [](const DeclaredColumn& a, const DeclaredColumn& b) {
        return a.loc.line != b.loc.line ? a.loc.line < b.loc.line : a.loc.column < b.loc.column;
    });

    std::vector<ValuePtr> args;
    std::vector<std::pair<std::string, ValuePtr>> kwargs;
    if (args_from && args_from->table_args->kind != Value::Kind::None) {
        const Value& ta = *args_from->table_args;
        std::vector<ValuePtr> items =
            ta.kind == Value::Kind::Dict ? std::vector<ValuePtr>{args_from->table_args} : ta.items;
        if (!items.empty() && items.back()->kind == Value::Kind::Dict) {
            table_kwargs(*items.back(), kwargs);
            items.pop_back();
        }
        args = items;
    }
    bool has_pk =
        std::any_of(columns.begin(), columns.end(), [](const DeclaredColumn& d) { return d.primary_key; }) ||
        std::any_of(args.begin(), args.end(),
                    [](const ValuePtr& a) { return is_call_to(a, "sa.PrimaryKeyConstraint"); });

    // The mapped class this one inherits from (an abstract base stands for its own mapped base).
    std::vector<const ClassInfo*> inherits;
    auto collect = [&](auto&& self, const ClassInfo* b) -> void {
        if (b->mapped) {
            if (std::find(inherits.begin(), inherits.end(), b) == inherits.end()) inherits.push_back(b);
        } else if (b->kind == ClassInfo::Kind::Model && b->abstract) {
            for (const ClassInfo* bb : b->bases)
                self(self, bb);
        }
    };
    for (const ClassInfo* b : cls.bases)
        collect(collect, b);
    if (inherits.size() > 1) throw Error(cls.loc, "Class " + cls.name + " has multiple mapped bases");
    bool mapped_ancestor =
        std::any_of(cls.mro.begin() + 1, cls.mro.end(), [](const ClassInfo* k) { return k->mapped; });

    // Flask-SQLAlchemy's __table_cls__: a name already in the metadata is SQLAlchemy's error.
    for (const auto& t : tables_)
        if (tablename && t.name == *tablename)
            throw Error(tablename_loc,
                        "Table '" + *tablename +
                            "' is already defined for this MetaData instance.  "
                            "Specify 'extend_existing=True' to redefine options and columns on an "
                            "existing Table object.");
    const bool own_table = tablename && (has_pk || !mapped_ancestor);
    if (own_table) {
        if (!has_pk)
            throw Error(cls.loc, "Mapper mapped class " + cls.name + "->" + *tablename +
                                     " could not assemble any primary key columns for mapped table '" +
                                     *tablename + "'");
        TableSpec spec;
        spec.name = *tablename;
        spec.loc = tablename_loc;
        spec.args = args;
        spec.kwargs = kwargs;
        // __bind_key__ as Python finds it: the class's own, else the first base in the MRO with one.
        for (const ClassInfo* c : cls.mro)
            if (c->bind_key) {
                spec.bind_key = *c->bind_key;
                break;
            }
        for (const DeclaredColumn& d : columns)
            spec.columns.push_back(d.column);
        add_table(std::move(spec), cls.loc);
        cls.table = tables_.size() - 1;
    } else {
        if (inherits.empty())
            throw Error(cls.loc, "Class " + cls.name +
                                     " does not have a __table__ or __tablename__ specified and "
                                     "does not inherit from an existing table-mapped class.");
        if (!args.empty() || !kwargs.empty())
            throw Error(cls.loc, "Can't place __table_args__ on an inherited class with no table.");
        // Single-table inheritance: the columns are appended to the parent's table.
        cls.table = inherits.front()->table;
        TableSpec& parent = tables_[cls.table];
        for (const DeclaredColumn& d : columns) {
            const std::string& column_name = d.column->items[0]->s;
            for (const auto& existing : parent.columns)
                if (existing->items[0]->s == column_name)
                    throw Error(d.loc, "Column '" + column_name + "' on class " + cls.name +
                                           " conflicts with existing column '" + parent.name + "." +
                                           column_name + "'");
            if (d.primary_key)
                throw Error(d.loc, "Can't place primary key columns on an inherited class with no table.");
            parent.columns.push_back(d.column);
        }
    }
    for (const DeclaredColumn& d : columns) {
        cls.column_names[d.attribute] = d.column->items[0]->s;
        if (!cls.defines(d.attribute)) cls.attributes.push_back(d.attribute); // copied onto the class
    }
    cls.mapped = true;
}

} // namespace revlab::models::detail
