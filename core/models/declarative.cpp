// Classes: what SQLAlchemy 1.4's declarative extension (orm/decl_base.py) and Flask-SQLAlchemy
// 3.0's metaclass (flask_sqlalchemy/model.py) make of each class statement.
//
// - A class deriving from db.Model is a model; one with `__abstract__ = True` gets no table and
//   its columns are copied into its subclasses, as are the columns of any other class of the file
//   used as a base (a mixin). Copies keep the creation order of the original Column: SQLAlchemy
//   1.4 sorts a table's columns by it, so a mixin defined above the model puts its columns first.
//   (SQLAlchemy 2.0 puts the class's own columns first instead; Revlab follows 1.4, the reference,
//   for mapped_column() too.)
// - __tablename__: Flask-SQLAlchemy names a model camel_to_snake_case(class name) unless the class
//   sets one, inherits one from a mixin or abstract base, or is abstract (should_set_tablename).
// - __table_cls__: a model whose columns have no primary key, under a mapped model, gets no table
//   of its own: single-table inheritance, its columns go to the parent's table. A model with a
//   primary key under a mapped model is joined-table inheritance: a table of its own.
#include "models/loader.hpp"

#include "operations/builders.hpp"

#include <algorithm>

namespace revlab::models::detail {

namespace {

bool one_of(std::string_view s, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), s) != names.end();
}

bool is_dunder(const std::string& n) {
    return n.size() > 4 && n.rfind("__", 0) == 0 && n.substr(n.size() - 2) == "__";
}

std::shared_ptr<Value> class_ref(const std::string& cls, const std::string& attribute,
                                 const SourceLocation& loc) {
    auto v = std::make_shared<Value>();
    v->kind = Value::Kind::Ref;
    v->s = std::string(kClassPrefix) + cls + (attribute.empty() ? "" : "." + attribute);
    v->loc = loc;
    return v;
}

// Python's C3 linearization; nullopt when there is no consistent order.
std::optional<std::vector<const ClassInfo*>> c3(const ClassInfo& cls) {
    std::vector<std::vector<const ClassInfo*>> seqs;
    for (const ClassInfo* b : cls.bases)
        seqs.push_back(b->mro);
    seqs.push_back(cls.bases);
    std::vector<const ClassInfo*> out{&cls};
    for (;;) {
        seqs.erase(std::remove_if(seqs.begin(), seqs.end(), [](const auto& s) { return s.empty(); }),
                   seqs.end());
        if (seqs.empty()) return out;
        const ClassInfo* head = nullptr;
        for (const auto& s : seqs) {
            bool in_tail = std::any_of(seqs.begin(), seqs.end(), [&](const auto& t) {
                return std::find(t.begin() + 1, t.end(), s.front()) != t.end();
            });
            if (!in_tail) {
                head = s.front();
                break;
            }
        }
        if (!head) return std::nullopt;
        out.push_back(head);
        for (auto& s : seqs)
            if (s.front() == head) s.erase(s.begin());
    }
}

// The qualified name a decorator evaluates to (the callee for @validates('x')).
bool mentions_declared_attr(const std::string& qualified) {
    std::string dotted = "." + qualified + ".";
    return dotted.find(".declared_attr.") != std::string::npos;
}

void forget_column(ClassInfo& cls, const std::string& attribute) {
    auto& cols = cls.columns;
    cols.erase(
        std::remove_if(cols.begin(), cols.end(), [&](const auto& d) { return d.attribute == attribute; }),
        cols.end());
}

} // namespace

bool ClassInfo::defines(const std::string& attribute) const {
    return std::find(attributes.begin(), attributes.end(), attribute) != attributes.end();
}

const ClassInfo* Reader::find_class(const std::string& name) const {
    for (auto it = classes_.rbegin(); it != classes_.rend(); ++it)
        if ((*it)->name == name) return it->get();
    return nullptr;
}

// A base class: db.Model, a class of this file, object, enum.Enum, or an imported class Revlab
// knows to carry nothing for the table. Anything else could carry columns Revlab cannot see.
const ClassInfo* Reader::resolve_base(const py::Expr& base) {
    ValuePtr v = eval(base, globals_);
    auto builtin = [&](const std::string& key, ClassInfo::Kind kind) -> const ClassInfo* {
        for (const auto& c : builtin_classes_)
            if (c->name == key) return c.get();
        auto c = std::make_unique<ClassInfo>();
        c->name = key;
        c->kind = kind;
        c->mro = {c.get()};
        builtin_classes_.push_back(std::move(c));
        return builtin_classes_.back().get();
    };
    const std::string c = canonical(*v);
    if (v->kind == Value::Kind::Ref) {
        if (v->s.rfind(kClassPrefix, 0) == 0 && v->s.find('.') == std::string::npos)
            if (const ClassInfo* cls = find_class(v->s.substr(kClassPrefix.size()))) return cls;
        if (c == "sa.Model") return builtin("db.Model", ClassInfo::Kind::Root);
        if (v->s == "builtins.object") return builtin("object", ClassInfo::Kind::External);
        if (one_of(v->s, {"enum.Enum", "enum.IntEnum", "enum.StrEnum", "enum.Flag", "enum.IntFlag"}))
            return builtin(v->s, ClassInfo::Kind::Enum);
        if (one_of(v->s, {"builtins.str", "builtins.int", "builtins.float", "builtins.bytes"}))
            return builtin(v->s, ClassInfo::Kind::External);
        if (one_of(v->s, {"flask_login.UserMixin", "flask_login.mixins.UserMixin",
                          "flask_login.AnonymousUserMixin"}))
            return builtin(v->s, ClassInfo::Kind::External);
    }
    if (one_of(c,
               {"sa.declarative_base", "sa.DeclarativeBase", "sa.DeclarativeBaseNoMeta", "sa.as_declarative",
                "sa.registry", "sa.DeferredReflection", "sa.AbstractConcreteBase", "sa.ConcreteBase"}))
        throw Error(base.loc,
                    "this base is not db.Model: a declarative base of its own keeps its tables out of "
                    "db.metadata, the only metadata flask db migrate compares; derive the model from "
                    "db.Model");
    throw Error(base.loc, "Revlab cannot see inside the base class " + v->describe() +
                              ": it reads db.Model and classes defined in this file; define the mixin here");
}

void Reader::class_def(const py::Stmt& stmt) {
    for (const auto& d : stmt.decorators) {
        const py::Expr& decorator = d->kind == py::ExprKind::Call ? *d->object : *d;
        if (canonical(*eval(decorator, globals_)) != "sa.declarative_mixin")
            throw Error(d->loc, "Revlab does not read class decorators (other than @declarative_mixin)");
    }
    if (!stmt.class_keywords.empty())
        throw Error(stmt.class_keywords.front().loc,
                    "Revlab does not read class keywords such as metaclass=...");
    auto owned = std::make_unique<ClassInfo>();
    ClassInfo& cls = *owned;
    cls.name = stmt.name;
    cls.loc = stmt.loc;
    for (const auto& b : stmt.bases)
        cls.bases.push_back(resolve_base(*b));
    bool enum_base = false, declarative = false;
    for (const ClassInfo* b : cls.bases) {
        enum_base = enum_base || b->kind == ClassInfo::Kind::Enum;
        declarative = declarative || b->declarative();
    }
    cls.kind = enum_base     ? ClassInfo::Kind::Enum
               : declarative ? ClassInfo::Kind::Model
                             : ClassInfo::Kind::Mixin;
    for (std::size_t i = 0; i < cls.bases.size(); ++i)
        if (!enum_base && cls.bases[i]->name.rfind("builtins.", 0) == 0)
            throw Error(stmt.bases[i]->loc,
                        "Revlab reads models and mixins that derive from classes of this file "
                        "and db.Model, not from built-in types");
    auto mro = c3(cls);
    if (!mro)
        throw Error(stmt.loc,
                    "Cannot create a consistent method resolution order (MRO) for bases of " + cls.name);
    cls.mro = *mro;
    classes_.push_back(std::move(owned));

    if (cls.kind == ClassInfo::Kind::Enum) {
        // Enum.__members__: every name the body assigns, except _sunder_, __dunder__ and __private
        // names; methods are not members.
        for (const auto& s : stmt.body) {
            std::vector<const py::Expr*> targets;
            if (s->kind == py::StmtKind::Assign)
                for (const auto& t : s->targets) {
                    if (t->kind == py::ExprKind::Tuple)
                        for (const auto& i : t->items)
                            targets.push_back(i.get());
                    else
                        targets.push_back(t.get());
                }
            if (s->kind == py::StmtKind::AnnAssign && s->value) targets.push_back(s->targets[0].get());
            for (const py::Expr* t : targets) {
                if (t->kind != py::ExprKind::Name) continue;
                const std::string& n = t->text;
                bool sunder = n.size() > 2 && n.front() == '_' && n.back() == '_';
                if (sunder || n.rfind("__", 0) == 0) continue;
                if (std::find(cls.enum_members.begin(), cls.enum_members.end(), n) != cls.enum_members.end())
                    throw Error(t->loc, "Attempted to reuse key: '" + n + "'");
                cls.enum_members.push_back(n);
            }
        }
    } else {
        Scope scope(&globals_);
        class_body(cls, stmt.body, scope);
        if (cls.kind == ClassInfo::Kind::Model && !cls.abstract) map_class(cls);
    }
    globals_.bind(cls.name, class_ref(cls.name, "", stmt.loc));
}

void Reader::class_body(ClassInfo& cls, const std::vector<py::StmtPtr>& body, Scope& scope) {
    for (const auto& s : body) {
        switch (s->kind) {
        case py::StmtKind::Expr: // docstrings and bare expressions put nothing in the table
        case py::StmtKind::Pass:
            break;
        case py::StmtKind::FunctionDef:
            for (const auto& d : s->decorators) {
                const py::Expr& decorator = d->kind == py::ExprKind::Call ? *d->object : *d;
                if (decorator.dotted_name().empty()) continue; // not a plain name: not declared_attr
                ValuePtr v = eval(decorator, scope);
                if (v->kind == Value::Kind::Ref && mentions_declared_attr(v->s))
                    throw Error(d->loc,
                                "Revlab does not read @declared_attr: it cannot run the function; declare "
                                "the column, __tablename__ or __table_args__ directly in the class");
            }
            cls.attributes.push_back(s->name);
            forget_column(cls, s->name);
            scope.bind(s->name, class_ref(cls.name, s->name, s->loc));
            break;
        case py::StmtKind::ClassDef:
            cls.attributes.push_back(s->name);
            forget_column(cls, s->name);
            break;
        case py::StmtKind::Assign: {
            if (s->targets.size() != 1 || s->targets[0]->kind != py::ExprKind::Name)
                throw Error(s->loc, "in a model, Revlab reads one attribute per assignment (name = value)");
            class_attribute(cls, s->targets[0]->text, s->value.get(), nullptr, s->loc, scope);
            break;
        }
        case py::StmtKind::AnnAssign:
            if (s->targets[0]->kind != py::ExprKind::Name)
                throw Error(s->loc,
                            "in a model, Revlab reads annotated attributes (name: Mapped[...] = ...)");
            class_attribute(cls, s->targets[0]->text, s->value.get(), s->annotation.get(), s->loc, scope);
            break;
        case py::StmtKind::If:
            throw Error(s->loc,
                        "Revlab does not read an 'if' in a class body: it cannot know which branch Python "
                        "takes; declare the columns unconditionally");
        case py::StmtKind::AugAssign:
            throw Error(s->loc, "Revlab does not read augmented assignments (+=, ...) in a class body");
        default:
            throw Error(
                s->loc,
                "Revlab reads attributes, methods and docstrings in a class body, not this statement");
        }
    }
}

void Reader::class_attribute(ClassInfo& cls, const std::string& name, const py::Expr* value,
                             const py::Expr* annotation, const SourceLocation& where, Scope& scope) {
    // An annotation alone (`__tablename__: str`) defines no attribute in Python: the class has no
    // such name, and SQLAlchemy reads annotations only to type mapped columns (found by fuzzing:
    // the value was read anyway).
    if (!value && is_dunder(name)) return;
    auto evaluated = [&]() { return eval(*value, scope); };
    if (name == "__tablename__") {
        ValuePtr v = evaluated();
        if (v->kind != Value::Kind::Str && v->kind != Value::Kind::None)
            throw Error(v->loc, "__tablename__ must be a string");
        cls.defines_tablename = true;
        cls.tablename = v->kind == Value::Kind::Str ? std::optional<std::string>(v->s) : std::nullopt;
        cls.tablename_loc = v->loc;
    } else if (name == "__table_args__") {
        ValuePtr v = evaluated();
        if (v->kind != Value::Kind::Tuple && v->kind != Value::Kind::Dict && v->kind != Value::Kind::None)
            throw Error(v->loc, "__table_args__ value must be a tuple, dict, or None");
        cls.defines_table_args = true;
        cls.table_args = resolve_references(v, &cls);
        if (cls.table_args->kind == Value::Kind::Tuple)
            for (const auto& item : cls.table_args->items)
                if (item->kind != Value::Kind::Dict || item != cls.table_args->items.back())
                    operations::build_table_item(*item, ""); // checks it where it was written
    } else if (name == "__abstract__") {
        cls.abstract = operations::expect_bool(*evaluated(), "__abstract__");
    } else if (name == "__table__") {
        throw Error(where,
                    "Revlab does not read __table__ = ...: declare the columns in the class body, or the "
                    "table with db.Table(...) at the top level of the file");
    } else if (name == "__bind_key__") {
        // Flask-SQLAlchemy puts the table in that bind's own MetaData (`flask db init --multidb`).
        ValuePtr v = evaluated();
        cls.bind_key = v->kind == Value::Kind::None ? std::string() : operations::expect_str(*v, "__bind_key__");
    } else if (name == "metadata") {
        throw Error(where, "Attribute name 'metadata' is reserved for the MetaData instance when using a "
                           "declarative base class.");
    } else if (is_dunder(name)) {
        // __mapper_args__, __repr__ = ..., __searchable__: not about the table
    } else {
        cls.attributes.push_back(name);
        std::optional<DeclaredColumn> column;
        const bool mapped = annotation && is_mapped_annotation(*annotation, scope);
        if (!value) {
            if (mapped) column = mapped_column(nullptr, annotation, scope, name, where);
        } else if (value->kind == py::ExprKind::Call) {
            const std::string c = callee(*value, scope);
            if (c == "sa.Column") {
                column = column_call(*value, scope, name);
            } else if (c == "sa.mapped_column") {
                column = mapped_column(value, mapped ? annotation : nullptr, scope, name, where);
            } else if (c == "sa.column_property" || c == "sa.deferred") {
                // deferred(Column(...)) and column_property(Column(...)) map a real column.
                const py::Expr* first = value->items.empty() ? nullptr : value->items[0].get();
                if (first && first->kind == py::ExprKind::Call && callee(*first, scope) == "sa.Column")
                    column = column_call(*first, scope, name);
                if (!cls.mapper_property) cls.mapper_property = value->loc;
            } else if (one_of(c, {"sa.relationship", "sa.relation", "sa.dynamic_loader", "sa.synonym",
                                  "sa.composite", "sa.query_expression"})) {
                if (!cls.mapper_property) cls.mapper_property = value->loc;
            }
            // anything else (association_proxy, Python-side helpers) is not about the table
        } else if (value->kind == py::ExprKind::Tuple && !value->items.empty() &&
                   value->items[0]->kind == py::ExprKind::Call) {
            const std::string c = callee(*value->items[0], scope);
            if (c == "sa.Column" || c == "sa.mapped_column")
                throw Error(value->loc,
                            "this is a tuple holding a column, which SQLAlchemy ignores (\"possibly a "
                            "copy-and-paste error with a comma accidentally placed at the end of the "
                            "line?\"): remove the trailing comma");
        }
        forget_column(cls, name); // a later assignment replaces the attribute, as in Python
        if (column) cls.columns.push_back(*column);
    }
    scope.bind(name, class_ref(cls.name, name, where));
}

} // namespace revlab::models::detail
