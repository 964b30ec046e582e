// Internal to models/: the reader that walks a models.py and the records it keeps while doing so.
// The work is split by concern: models.cpp walks the module and assembles the MetaData,
// declarative.cpp reads class bodies and maps classes to tables as SQLAlchemy's declarative and
// Flask-SQLAlchemy's metaclass do, columns.cpp turns Column/mapped_column calls and Mapped[...]
// annotations into sa.Column values, references.cpp resolves `User.id`-style references and
// checks foreign keys, source_mask.cpp hides method bodies from the parser.
#pragma once

#include "models/models.hpp"
#include "operations/evaluator.hpp"
#include "operations/value.hpp"
#include "py/ast.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace revlab::models::detail {

using operations::Scope;
using operations::Value;
using operations::ValuePtr;

// Every function body becomes `pass`, keeping lines and columns (source_mask.cpp). Throws for an
// unterminated string or an unbalanced bracket, which would otherwise hide the rest of the file.
std::string mask_function_bodies(std::string_view source, const std::string& path);

// What a class name evaluates to: `User` is the Ref "class:User", so `User.id` is "class:User.id".
inline constexpr std::string_view kClassPrefix = "class:";
// A module-level `tags = db.Table('tags', ...)` binds `tags` to the Ref "table:tags".
inline constexpr std::string_view kTablePrefix = "table:";

// A column a class declares: an sa.Column call with the column's name as its first argument.
struct DeclaredColumn {
    std::string attribute;
    ValuePtr column;
    SourceLocation loc; // of the Column(...) call: SQLAlchemy 1.4 orders columns by creation
    bool has_foreign_key = false;
    bool mapped_column = false; // SQLAlchemy 2.0's mapped_column(), which mixins may give a ForeignKey
    bool primary_key = false;
};

struct ClassInfo {
    enum class Kind {
        Root,     // db.Model
        Model,    // a class deriving from db.Model (mapped, or abstract)
        Mixin,    // any other class of the file: its columns are copied into models
        Enum,     // a Python enum.Enum: its member names are an sa.Enum's values
        External, // an imported class known to carry no columns (flask_login.UserMixin), or object
    };
    std::string name;
    SourceLocation loc;
    Kind kind = Kind::Mixin;
    std::vector<const ClassInfo*> bases;
    std::vector<const ClassInfo*> mro; // Python's C3 linearization, the class itself first

    // The class body (its own __dict__).
    std::vector<std::string> attributes;           // every name the body binds
    std::vector<DeclaredColumn> columns;           // in body order
    std::optional<SourceLocation> mapper_property; // a relationship(), column_property(), ...
    bool defines_tablename = false;
    std::optional<std::string> tablename; // __tablename__ (None allowed)
    SourceLocation tablename_loc;
    bool defines_table_args = false;
    ValuePtr table_args;
    bool abstract = false;
    // __bind_key__ set in this body (nullopt: not set here; "" for None, the default database).
    std::optional<std::string> bind_key;
    std::vector<std::string> enum_members;

    // Set once a Model is mapped.
    bool mapped = false;
    std::size_t table = 0;                           // its table (the parent's, for single-table)
    std::map<std::string, std::string> column_names; // attribute -> column name, own and copied

    bool declarative() const { return kind == Kind::Root || kind == Kind::Model; }
    bool defines(const std::string& attribute) const;
};

// A table as SQLAlchemy assembles it: single-table inheritance appends columns after the fact,
// so tables are built (operations::build_table) only once the whole file has been read.
struct TableSpec {
    std::string name;
    SourceLocation loc;
    std::vector<ValuePtr> columns; // sa.Column calls, in table order
    std::vector<ValuePtr> args;    // constraints and indexes, in the order they were created
    std::vector<std::pair<std::string, ValuePtr>> kwargs; // sqlite_autoincrement, comment
    std::string bind_key; // Flask-SQLAlchemy's bind ("" : the default database)
};

// A column a reference such as `User.id` or `tags.c.tag_id` points at.
struct ColumnTarget {
    std::string table;
    std::string column;
};

class Reader {
  public:
    explicit Reader(std::string path);
    MetaData read(const py::Module& module);

    // models.cpp
    const std::string& path() const { return path_; }
    bool is_db_name(const std::string& name) const;
    TableSpec& add_table(TableSpec spec, const SourceLocation& where);
    ValuePtr eval(const py::Expr& e, const Scope& scope) const { return evaluator_.eval(e, scope); }
    // The canonical name of what a call calls ("sa.Column"), or empty when the callee is not a
    // dotted name.
    std::string callee(const py::Expr& call, const Scope& scope) const;
    void table_kwargs(const Value& dict_or_call, std::vector<std::pair<std::string, ValuePtr>>& out) const;
    void table_call(const py::Expr& call, const Scope& scope);

    // declarative.cpp
    void class_def(const py::Stmt& stmt);
    const ClassInfo* find_class(const std::string& name) const;

    // columns.cpp
    // An sa.Column(...) call in a class body (attribute set) or a db.Table (attribute empty).
    DeclaredColumn column_call(const py::Expr& call, const Scope& scope, const std::string& attribute) const;
    // mapped_column(...), or nullptr for a bare `x: Mapped[int]`, under SQLAlchemy 2.0's rules.
    DeclaredColumn mapped_column(const py::Expr* call, const py::Expr* annotation, const Scope& scope,
                                 const std::string& attribute, const SourceLocation& where) const;
    // True for Mapped[...] (and WriteOnlyMapped/DynamicMapped, which only relationships use).
    bool is_mapped_annotation(const py::Expr& annotation, const Scope& scope) const;

    // references.cpp
    // Replaces `Model.attr` references inside constraint, index and ForeignKey calls by the
    // strings SQLAlchemy would resolve them to; `current` is the class whose body is being read.
    ValuePtr resolve_references(const ValuePtr& v, const ClassInfo* current) const;
    // An enum class given to sa.Enum(...) becomes its member names.
    ValuePtr resolve_enum(const ValuePtr& type) const;
    ColumnTarget column_target(const Value& ref, const ClassInfo* current) const;
    void check_foreign_keys(const MetaData& metadata) const;
    void resolve_foreign_key_types(MetaData& metadata) const;

  private:
    void statement(const py::Stmt& stmt);
    void bind_imports(const py::Stmt& stmt);
    void assignment(const py::Stmt& stmt);
    void expression_statement(const py::Stmt& stmt);
    void module_index(const py::Expr& call, const Scope& scope);

    // declarative.cpp
    void class_body(ClassInfo& cls, const std::vector<py::StmtPtr>& body, Scope& scope);
    void class_attribute(ClassInfo& cls, const std::string& name, const py::Expr* value,
                         const py::Expr* annotation, const SourceLocation& where, Scope& scope);
    void map_class(ClassInfo& cls);
    const ClassInfo* resolve_base(const py::Expr& base);

    std::string path_;
    operations::Evaluator evaluator_;
    Scope globals_;
    std::vector<std::string> db_names_;
    std::vector<std::unique_ptr<ClassInfo>> classes_;
    std::vector<std::unique_ptr<ClassInfo>> builtin_classes_; // db.Model, object, UserMixin
    std::vector<TableSpec> tables_;
    std::vector<std::pair<std::string, Error>> deferred_; // module names whose value could not be read
};

// A constraint or index naming a column its table does not have is refused at its place.
void check_constraint_columns(const TableSpec& spec);

// The canonical name ("sa.Column") of a Ref or Call value; empty for other values.
std::string canonical(const Value& v);
bool is_call_to(const Value& v, std::string_view canonical_name);
bool is_call_to(const ValuePtr& v, std::string_view canonical_name);
// A copy of a Call value, for rewriting its arguments.
std::shared_ptr<Value> copy_value(const Value& v);

} // namespace revlab::models::detail
