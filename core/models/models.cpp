// load_models: walks models.py statement by statement, as Python imports it, and assembles the
// MetaData once every class has been read (single-table inheritance may still add columns to a
// table defined earlier). The module level is read strictly: imports, assignments, classes,
// db.Table(...) and db.Index(...) calls, functions (ignored) and `if TYPE_CHECKING:`.
//
// `db` is the Flask-SQLAlchemy instance: a name imported as `db` (from app, app.extensions, .,
// .extensions, ... whatever the module) or assigned `SQLAlchemy(...)`. It evaluates to the Ref
// "sqlalchemy", so db.Column, db.String(45), db.ForeignKey and db.Model read as SQLAlchemy's own,
// as Flask-SQLAlchemy's __getattr__ makes them.
#include "models/loader.hpp"

#include "operations/builders.hpp"
#include "py/parser.hpp"

#include <algorithm>

namespace revlab::models {

const schema::Table* MetaData::find(const std::string& name) const {
    for (const auto& t : tables)
        if (t.name == name) return &t;
    return nullptr;
}

std::vector<schema::Table> MetaData::tables_of(const std::string& bind_key) const {
    std::vector<schema::Table> out;
    for (const auto& table : tables) {
        auto it = binds.find(table.name);
        if ((it == binds.end() ? std::string() : it->second) == bind_key) out.push_back(table);
    }
    return out;
}

namespace detail {

namespace {

std::shared_ptr<Value> ref(std::string name, const SourceLocation& loc) {
    auto v = std::make_shared<Value>();
    v->kind = Value::Kind::Ref;
    v->s = std::move(name);
    v->loc = loc;
    return v;
}

bool one_of(std::string_view s, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), s) != names.end();
}

bool is_flask_sqlalchemy(const Value& v) {
    const std::string_view suffix = ".SQLAlchemy";
    return v.kind == Value::Kind::Call && v.s.rfind("flask_sqlalchemy.", 0) == 0 &&
           v.s.size() > suffix.size() && v.s.compare(v.s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// db.metadata and db.Model.metadata: the one MetaData Flask-Migrate compares.
bool is_db_metadata(const Value& v) {
    return v.kind == Value::Kind::Ref && (v.s == "sqlalchemy.metadata" || v.s == "sqlalchemy.Model.metadata");
}

} // namespace

Reader::Reader(std::string path) : path_(std::move(path)) {
    SourceLocation here{path_, 1, 1};
    for (const char* b : {"object", "int",   "str",  "float",     "bool",       "bytes",        "dict",
                          "list",   "tuple", "set",  "frozenset", "property",   "staticmethod", "classmethod",
                          "len",    "super", "type", "print",     "isinstance", "getattr",      "setattr",
                          "repr",   "range", "min",  "max",       "sorted"})
        globals_.bind(b, ref(std::string("builtins.") + b, here));
    globals_.bind("__name__", operations::make_str("app.models", here));
}

std::string Reader::callee(const py::Expr& call, const Scope& scope) const {
    // Only a dotted name can be Column, Table, relationship...: anything else (a call on the
    // result of a call) is left unevaluated, since its arguments may be any Python.
    if (call.object->dotted_name().empty()) return {};
    return canonical(*eval(*call.object, scope));
}

bool Reader::is_db_name(const std::string& name) const {
    return std::find(db_names_.begin(), db_names_.end(), name) != db_names_.end();
}

TableSpec& Reader::add_table(TableSpec spec, const SourceLocation& where) {
    check_constraint_columns(spec);
    for (const auto& t : tables_)
        if (t.name == spec.name)
            throw Error(
                where,
                "Table '" + spec.name +
                    "' is already defined for this MetaData instance.  Specify "
                    "'extend_existing=True' to redefine options and columns on an existing Table object.");
    tables_.push_back(std::move(spec));
    return tables_.back();
}

MetaData Reader::read(const py::Module& module) {
    for (const auto& stmt : module.body)
        statement(*stmt);
    MetaData out;
    for (const auto& spec : tables_) {
        std::vector<ValuePtr> items = spec.columns;
        items.insert(items.end(), spec.args.begin(), spec.args.end());
        out.tables.push_back(operations::build_table(spec.name, items, spec.kwargs, spec.loc));
        if (!spec.bind_key.empty()) out.binds[spec.name] = spec.bind_key;
    }
    check_foreign_keys(out);
    resolve_foreign_key_types(out);
    return out;
}

void Reader::statement(const py::Stmt& stmt) {
    try {
        switch (stmt.kind) {
        case py::StmtKind::Import:
        case py::StmtKind::ImportFrom:
            bind_imports(stmt);
            break;
        case py::StmtKind::Assign:
        case py::StmtKind::AnnAssign:
            assignment(stmt);
            break;
        case py::StmtKind::Expr:
            expression_statement(stmt);
            break;
        case py::StmtKind::ClassDef:
            class_def(stmt);
            break;
        case py::StmtKind::FunctionDef:
            globals_.bind(stmt.name, ref("function:" + stmt.name, stmt.loc));
            break;
        case py::StmtKind::Pass:
            break;
        case py::StmtKind::If: {
            // `if TYPE_CHECKING:` imports only for type checkers: at run time the else branch runs.
            ValuePtr test = eval(*stmt.value, globals_);
            if (test->kind != Value::Kind::Ref || test->s != "typing.TYPE_CHECKING")
                throw Error(stmt.loc,
                            "Revlab does not read an 'if' at the top level of models.py (other than "
                            "'if TYPE_CHECKING:'): it cannot know which branch Python takes");
            for (const auto& s : stmt.orelse)
                statement(*s);
            break;
        }
        default:
            throw Error(stmt.loc,
                        "Revlab reads imports, assignments, classes and functions at the top level of "
                        "models.py, not this statement");
        }
    } catch (const Error& e) {
        // A name whose value could not be read was left unbound; say why when it is used.
        for (const auto& [name, why] : deferred_)
            if (e.message().rfind("name '" + name + "' is not defined", 0) == 0)
                throw Error(why.where().value_or(SourceLocation{path_, 0, 0}),
                            "'" + name + "' is used in the models, but Revlab cannot read its value: " +
                                why.message());
        // The evaluator speaks of migration scripts; this is models.py.
        std::string message = e.message();
        for (const std::string_view script : {"the script", "a migration script"})
            if (auto at = message.find(script); at != std::string::npos) {
                message.replace(at, script.size(), "models.py");
                throw Error(e.where().value_or(SourceLocation{path_, 0, 0}), message);
            }
        throw;
    }
}

void Reader::bind_imports(const py::Stmt& stmt) {
    if (stmt.kind == py::StmtKind::Import) {
        for (const auto& n : stmt.names) {
            if (!n.alias.empty())
                globals_.bind(n.alias, ref(n.name, n.loc));
            else
                globals_.bind(n.name.substr(0, n.name.find('.')),
                              ref(n.name.substr(0, n.name.find('.')), n.loc));
        }
        return;
    }
    const std::string& module = stmt.name;
    bool library = module.rfind("sqlalchemy", 0) == 0 || module.rfind("flask_sqlalchemy", 0) == 0;
    for (const auto& n : stmt.names) {
        if (n.name == "*")
            throw Error(n.loc, "Revlab cannot know which names 'from " + module +
                                   " import *' brings in; import "
                                   "them by name");
        const std::string& bound = n.alias.empty() ? n.name : n.alias;
        if (!library && (n.name == "db" || bound == "db")) {
            globals_.bind(bound, ref("sqlalchemy", n.loc)); // the Flask-SQLAlchemy instance
            db_names_.push_back(bound);
        } else {
            globals_.bind(bound, ref(module + "." + n.name, n.loc));
        }
    }
}

void Reader::assignment(const py::Stmt& stmt) {
    if (!stmt.value) return; // `x: int` binds nothing
    for (const auto& t : stmt.targets)
        if (t->kind != py::ExprKind::Name && t->kind != py::ExprKind::Tuple)
            throw Error(t->loc,
                        "Revlab reads columns declared in a class body; assigning to an attribute or item "
                        "at the top level of models.py is not supported");
    const py::Expr& value = *stmt.value;
    if (value.kind == py::ExprKind::Call) {
        const std::string c = callee(value, globals_);
        if (c == "sa.Table") {
            table_call(value, globals_);
            std::string name = tables_.back().name;
            for (const auto& t : stmt.targets)
                evaluator_.assign(*t, ref(std::string(kTablePrefix) + name, t->loc), globals_);
            return;
        }
        if (c == "sa.Index") {
            module_index(value, globals_);
            return;
        }
    }
    ValuePtr v;
    try {
        v = eval(value, globals_);
    } catch (const Error& e) {
        for (const auto& t : stmt.targets)
            if (t->kind == py::ExprKind::Name) deferred_.emplace_back(t->text, e);
        return;
    }
    if (is_flask_sqlalchemy(*v)) {
        // A MetaData of its own usually carries a naming_convention, which names every constraint
        // and index differently; a model_class changes what db.Model is.
        for (const char* option : {"metadata", "model_class"})
            if (const Value* given = v->kwarg(option))
                throw Error(given->loc, std::string("Revlab reads SQLAlchemy() with its default MetaData and "
                                                    "Model; remove ") +
                                            option + "=... (naming conventions are not supported yet)");
        for (const auto& t : stmt.targets) {
            if (t->kind != py::ExprKind::Name) throw Error(t->loc, "assign SQLAlchemy() to one name");
            globals_.bind(t->text, ref("sqlalchemy", t->loc));
            db_names_.push_back(t->text);
        }
        return;
    }
    for (const auto& t : stmt.targets)
        evaluator_.assign(*t, v, globals_);
}

void Reader::expression_statement(const py::Stmt& stmt) {
    const py::Expr& value = *stmt.value;
    if (value.kind != py::ExprKind::Call) return; // a docstring, or an expression that does nothing
    const std::string c = callee(value, globals_);
    if (c == "sa.Table")
        table_call(value, globals_);
    else if (c == "sa.Index")
        module_index(value, globals_);
    // other calls (event.listen(...), ...) do not change the tables
}

// db.Table('name', [db.metadata,] *columns_and_constraints, **kw) (Flask-SQLAlchemy adds the
// metadata), or sa.Table('name', db.metadata, ...).
void Reader::table_call(const py::Expr& call, const Scope& scope) {
    std::string written = call.object->dotted_name();
    bool from_db = is_db_name(written.substr(0, written.find('.')));
    if (call.items.empty()) throw Error(call.loc, "Table() needs the table's name as its first argument");
    TableSpec spec;
    spec.loc = call.loc;
    spec.name = operations::expect_str(*eval(*call.items[0], scope), "the table name");
    std::size_t next = 1;
    auto is_column = [&](const py::Expr& e) {
        return e.kind == py::ExprKind::Call && callee(e, scope) == "sa.Column";
    };
    if (call.items.size() > 1 && !is_column(*call.items[1])) {
        ValuePtr second = eval(*call.items[1], scope);
        if (is_db_metadata(*second))
            next = 2;
        else if (is_call_to(second, "sa.MetaData") ||
                 (second->kind == Value::Kind::Ref && second->s.find("etadata") != std::string::npos))
            throw Error(call.items[1]->loc,
                        "this table is not in db.metadata, the only metadata flask db migrate compares: "
                        "pass db.metadata, or use db.Table(...) without one");
    }
    if (next == 1 && !from_db)
        throw Error(call.loc, "Table() needs db.metadata as its second argument, or write db.Table(...)");
    for (std::size_t i = next; i < call.items.size(); ++i) {
        const py::Expr& e = *call.items[i];
        if (e.kind == py::ExprKind::Starred)
            throw Error(e.loc, "Revlab reads Table(...) arguments one by one, not *args");
        if (is_column(e)) {
            spec.columns.push_back(column_call(e, scope, "").column);
        } else {
            ValuePtr item = resolve_references(eval(e, scope), nullptr);
            operations::build_table_item(*item, spec.name);
            spec.args.push_back(item);
        }
    }
    std::vector<std::pair<std::string, ValuePtr>> kwargs;
    for (const auto& kw : call.keywords) {
        if (kw.name.empty())
            throw Error(kw.loc, "Revlab reads Table(...) arguments one by one, not **kwargs");
        ValuePtr v = eval(*kw.value, scope);
        if (kw.name == "bind_key") {
            if (v->kind != Value::Kind::None) spec.bind_key = operations::expect_str(*v, "bind_key");
            continue;
        }
        kwargs.emplace_back(kw.name, v);
    }
    auto dict = std::make_shared<Value>();
    dict->kind = Value::Kind::Dict;
    for (auto& [k, v] : kwargs) {
        dict->items.push_back(operations::make_str(k, v->loc));
        dict->values.push_back(v);
    }
    table_kwargs(*dict, spec.kwargs);
    add_table(std::move(spec), call.loc);
}

// The table keyword arguments (Table(**kw), or the dict ending __table_args__) that matter on
// SQLite; options of other dialects are ignored, as SQLAlchemy ignores them when compiling.
void Reader::table_kwargs(const Value& dict, std::vector<std::pair<std::string, ValuePtr>>& out) const {
    for (std::size_t i = 0; i < dict.items.size(); ++i) {
        std::string k = operations::expect_str(*dict.items[i], "a table option name");
        const ValuePtr& v = dict.values[i];
        auto refuse = [&](const std::string& why) { throw Error(v->loc, "table option " + k + ": " + why); };
        if (k == "sqlite_autoincrement" || k == "comment") {
            out.emplace_back(k, v);
        } else if (one_of(k, {"info", "keep_existing", "quote", "quote_schema", "implicit_returning",
                              "listeners", "must_exist", "sqlite_with_rowid"})) {
            if (k == "sqlite_with_rowid" && !operations::expect_bool(*v, k))
                refuse("Revlab does not create WITHOUT ROWID tables");
        } else if (k == "extend_existing") {
            if (operations::expect_bool(*v, k))
                refuse("Revlab builds each table once; remove extend_existing");
        } else if (k == "schema") {
            if (v->kind != Value::Kind::None) refuse("SQLite has no schemas Revlab can migrate; remove it");
        } else if (k == "prefixes") {
            if (!operations::expect_sequence(*v, k).empty())
                refuse("Revlab does not create TEMPORARY or other tables");
        } else if (k == "autoload" || k == "autoload_with") {
            refuse("Revlab does not reflect tables from a database in models.py");
        } else if (one_of(k.substr(0, k.find('_')), {"mysql", "mariadb", "postgresql", "mssql", "oracle"})) {
            // another database's option
        } else {
            throw Error(v->loc, "unknown table option '" + k +
                                    "' (SQLite's are sqlite_autoincrement and "
                                    "sqlite_with_rowid)");
        }
    }
}

// db.Index('ix_name', Model.column, ...) at the top level: SQLAlchemy attaches it to the table of
// its columns.
void Reader::module_index(const py::Expr& call, const Scope& scope) {
    ValuePtr index = eval(call, scope);
    std::string table;
    for (std::size_t i = 1; i < index->items.size(); ++i) {
        const Value& item = *index->items[i];
        if (item.kind != Value::Kind::Ref) continue;
        ColumnTarget t = column_target(item, nullptr);
        if (!table.empty() && t.table != table)
            throw Error(item.loc, "Index() columns must all be of one table, not of '" + table + "' and '" +
                                      t.table + "'");
        table = t.table;
    }
    if (table.empty())
        throw Error(call.loc,
                    "this Index is not attached to any table (SQLAlchemy would silently leave it out): "
                    "write its columns as Model.column, or put it in the model's __table_args__");
    ValuePtr resolved = resolve_references(index, nullptr);
    operations::build_table_item(*resolved, table);
    for (auto& spec : tables_)
        if (spec.name == table) spec.args.push_back(resolved);
}

} // namespace detail

MetaData load_models(const std::string& source, const std::string& path) {
    py::Module module = py::parse(detail::mask_function_bodies(source, path), path);
    detail::Reader reader(path);
    return reader.read(module);
}

} // namespace revlab::models
