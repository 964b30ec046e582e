// Columns as a class body declares them: db.Column(...) (SQLAlchemy 1.4, the reference), and
// SQLAlchemy 2.0's `x: Mapped[T] = mapped_column(...)` and bare `x: Mapped[T]`. Both become an
// sa.Column call value that operations::build_column checks and builds, so a model's column means
// exactly what the same sa.Column(...) means in a revision script.
//
// Python-side arguments (default=, onupdate=, doc=, ...) are never evaluated: they are often
// lambdas or functions, and they put nothing in the schema.
#include "models/loader.hpp"

#include "operations/builders.hpp"
#include "py/parser.hpp"

#include <algorithm>
#include <array>

namespace revlab::models::detail {

namespace {

bool one_of(std::string_view s, std::initializer_list<std::string_view> names) {
    return std::find(names.begin(), names.end(), s) != names.end();
}

// Column() keywords that only matter to Python (or to other databases).
bool python_side(const std::string& k) {
    return one_of(k, {"default", "onupdate", "insert_default", "server_onupdate", "doc", "info"});
}

// mapped_column() adds dataclass and loading options to those (SQLAlchemy 2.0's signature).
bool python_side_mapped(const std::string& k) {
    return python_side(k) || one_of(k, {"init", "repr", "default_factory", "compare", "kw_only", "hash",
                                        "deferred", "deferred_group", "deferred_raiseload",
                                        "use_existing_column", "active_history", "dataclass_metadata"});
}

std::shared_ptr<Value> new_call(std::string name, const SourceLocation& loc) {
    auto v = std::make_shared<Value>();
    v->kind = Value::Kind::Call;
    v->s = std::move(name);
    v->loc = loc;
    return v;
}

std::shared_ptr<Value> new_ref(std::string name, const SourceLocation& loc) {
    auto v = std::make_shared<Value>();
    v->kind = Value::Kind::Ref;
    v->s = std::move(name);
    v->loc = loc;
    return v;
}

bool is_schema_item(const Value& v) {
    return is_call_to(v, "sa.ForeignKey") || is_call_to(v, "sa.Sequence") || is_call_to(v, "sa.Identity") ||
           is_call_to(v, "sa.Computed");
}

// A Ref's qualified name, or empty.
std::string ref_name(const Value& v) {
    return v.kind == Value::Kind::Ref ? v.s : std::string();
}

// The column's name as the first positional argument, where build_column and build_table look
// for it: a leading string, else name=..., else the attribute (declarative's
// _undefer_column_name). A db.Table column has no attribute and must name itself.
void put_name_first(Value& call, const std::string& attribute, const SourceLocation& loc) {
    auto named = std::find_if(call.kwargs.begin(), call.kwargs.end(),
                              [](const auto& kv) { return kv.first == "name"; });
    bool positional = !call.items.empty() && call.items[0]->kind == Value::Kind::Str;
    if (positional && named != call.kwargs.end())
        throw Error(named->second->loc, "May not pass name positionally and as a keyword.");
    if (named != call.kwargs.end()) {
        call.items.insert(call.items.begin(), named->second);
        call.kwargs.erase(named);
    } else if (!positional && !attribute.empty()) {
        call.items.insert(call.items.begin(), operations::make_str(attribute, loc));
    }
}

} // namespace

DeclaredColumn Reader::column_call(const py::Expr& call, const Scope& scope,
                                   const std::string& attribute) const {
    auto v = new_call("sqlalchemy.Column", call.loc);
    for (const auto& arg : call.items) {
        if (arg->kind == py::ExprKind::Starred)
            throw Error(arg->loc,
                        "Revlab reads the arguments of Column(...) written out one by one, not *args");
        v->items.push_back(resolve_enum(eval(*arg, scope)));
    }
    for (const auto& kw : call.keywords) {
        if (kw.name.empty())
            throw Error(kw.loc,
                        "Revlab reads the arguments of Column(...) written out one by one, not **kwargs");
        if (kw.name == "key")
            throw Error(kw.loc,
                        "Revlab does not read Column(key=...); name the class attribute after the column");
        if (python_side(kw.name)) continue;
        ValuePtr value = eval(*kw.value, scope);
        v->kwargs.emplace_back(kw.name, kw.name == "type_" ? resolve_enum(value) : value);
    }
    put_name_first(*v, attribute, call.loc);
    // An unknown type is the likeliest mistake: say so in SQLAlchemy's terms, not as a stray argument.
    for (std::size_t i = 1; i < v->items.size(); ++i) {
        const Value& a = *v->items[i];
        if ((a.kind == Value::Kind::Ref || a.kind == Value::Kind::Call) && !is_schema_item(a) &&
            !operations::is_type(a)) {
            if (is_call_to(a, "sa.CheckConstraint"))
                throw Error(a.loc, "Revlab does not read a CheckConstraint inside Column(...); put it in the "
                                   "class's __table_args__ instead");
            operations::build_type(a); // throws "... is not a column type Revlab knows"
        }
    }
    ValuePtr column = resolve_references(v, nullptr);
    schema::Column built = operations::build_column(*column);
    return {attribute, column, call.loc, !built.foreign_keys.empty(), false, built.primary_key};
}

bool Reader::is_mapped_annotation(const py::Expr& annotation, const Scope& scope) const {
    if (annotation.kind != py::ExprKind::Subscript) return false;
    try {
        std::string c = canonical(*eval(*annotation.object, scope));
        return c == "sa.Mapped" || c == "sa.WriteOnlyMapped" || c == "sa.DynamicMapped";
    } catch (const Error&) {
        return false; // an annotation Revlab cannot read is not Mapped[...]
    }
}

namespace {

// Mapped[T] seen through Optional[...], Union[..., None] and `T | None`.
struct AnnotatedType {
    const py::Expr* type = nullptr;
    bool optional = false;
};

class AnnotationReader {
  public:
    AnnotationReader(const Reader& reader, const Scope& scope) : reader_(reader), scope_(scope) {}

    AnnotatedType unwrap(const py::Expr& e) {
        if (e.kind == py::ExprKind::String) return unwrap(parse_string(e));
        if (e.kind == py::ExprKind::BinOp && e.text == "|")
            return union_of({e.items[0].get(), e.items[1].get()}, e);
        if (e.kind == py::ExprKind::Subscript) {
            std::string c = name_of(*e.object);
            if (c == "typing.Optional") {
                AnnotatedType inner = unwrap(*e.items[0]);
                inner.optional = true;
                return inner;
            }
            if (c == "typing.Union") {
                std::vector<const py::Expr*> members;
                for (const auto& i : e.items)
                    members.push_back(i.get());
                return union_of(members, e);
            }
        }
        return {&e, false};
    }

    // The SQLAlchemy type SQLAlchemy 2.0's default type_annotation_map gives a Python type.
    ValuePtr type_for(const py::Expr& e, const std::string& attribute) {
        static constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kTypeMap{{
            {"builtins.int", "Integer"},
            {"builtins.str", "String"},
            {"builtins.bool", "Boolean"},
            {"builtins.float", "Float"},
            {"builtins.bytes", "LargeBinary"},
            {"decimal.Decimal", "Numeric"},
            {"datetime.datetime", "DateTime"},
            {"datetime.date", "Date"},
            {"datetime.time", "Time"},
            {"datetime.timedelta", "Interval"},
        }};
        if (e.kind == py::ExprKind::Name || e.kind == py::ExprKind::Attribute) {
            ValuePtr v = reader_.eval(e, scope_);
            std::string name = ref_name(*v);
            for (const auto& [python, sql] : kTypeMap)
                if (name == python) return new_ref("sqlalchemy." + std::string(sql), e.loc);
            if (name.rfind(kClassPrefix, 0) == 0) {
                const ClassInfo* cls = reader_.find_class(name.substr(kClassPrefix.size()));
                if (cls && cls->kind == ClassInfo::Kind::Enum) {
                    auto call = new_call("sqlalchemy.Enum", e.loc);
                    call->items.push_back(v);
                    return reader_.resolve_enum(call);
                }
                if (cls) throw relationship_needed(e, attribute);
            }
        } else if (e.kind == py::ExprKind::Subscript) {
            std::string c = name_of(*e.object);
            if (one_of(c, {"typing.List", "builtins.list", "typing.Set", "builtins.set", "typing.Dict",
                           "builtins.dict", "typing.Sequence", "typing.Collection"}))
                throw relationship_needed(e, attribute);
        }
        throw Error(e.loc,
                    "Revlab cannot tell a column type from this annotation; SQLAlchemy 2.0 maps int, str, "
                    "bool, float, bytes, decimal.Decimal, datetime.datetime/date/time/timedelta and enum "
                    "classes of this file: pass the type to mapped_column(...), e.g. mapped_column(sa.JSON)");
    }

  private:
    AnnotatedType union_of(const std::vector<const py::Expr*>& members, const py::Expr& whole) {
        std::vector<const py::Expr*> kept;
        bool none = false;
        for (const py::Expr* m : members) {
            AnnotatedType t = unwrap(*m);
            if (t.type->kind == py::ExprKind::None)
                none = true;
            else
                kept.push_back(t.type);
            none = none || t.optional;
        }
        if (kept.size() != 1)
            throw Error(whole.loc,
                        "Revlab reads Optional[T] or T | None in Mapped[...], not a union of types");
        return {kept[0], none};
    }

    std::string name_of(const py::Expr& e) {
        if (e.kind != py::ExprKind::Name && e.kind != py::ExprKind::Attribute) return {};
        ValuePtr v = reader_.eval(e, scope_);
        return v->kind == Value::Kind::Ref ? v->s : std::string();
    }

    // Mapped["Optional[int]"]: SQLAlchemy evaluates the string, Revlab parses it.
    const py::Expr& parse_string(const py::Expr& e) {
        parsed_.push_back(py::parse(e.text + "\n", reader_.path()));
        const py::Module& m = parsed_.back();
        if (m.body.size() != 1 || m.body[0]->kind != py::StmtKind::Expr)
            throw Error(e.loc, "this string annotation is not a type Revlab can read");
        return *m.body[0]->value;
    }

    static Error relationship_needed(const py::Expr& e, const std::string& attribute) {
        return Error(e.loc, "'" + attribute +
                                "' is annotated with a mapped class, which SQLAlchemy maps with "
                                "relationship(); write `" +
                                attribute + ": Mapped[...] = relationship(...)`");
    }

    const Reader& reader_;
    const Scope& scope_;
    std::vector<py::Module> parsed_;
};

} // namespace

// SQLAlchemy 1.4.46 (the reference) has no mapped_column(): these are SQLAlchemy 2.0's documented
// rules. The type comes from mapped_column's arguments, else from the Mapped[...] annotation.
// nullable=... wins; otherwise a primary key is NOT NULL, Optional[T] / T | None is nullable, and
// a plain Mapped[T] is NOT NULL; without an annotation, Column's default (nullable unless primary
// key) applies. A ForeignKey without any type takes the referred column's type.
DeclaredColumn Reader::mapped_column(const py::Expr* call, const py::Expr* annotation, const Scope& scope,
                                     const std::string& attribute, const SourceLocation& where) const {
    auto v = new_call("sqlalchemy.Column", call ? call->loc : where);
    bool typed = false;
    if (call) {
        for (const auto& arg : call->items) {
            if (arg->kind == py::ExprKind::Starred)
                throw Error(arg->loc,
                            "Revlab reads the arguments of mapped_column(...) one by one, not *args");
            ValuePtr value = resolve_enum(eval(*arg, scope));
            typed = typed || operations::is_type(*value);
            v->items.push_back(value);
        }
        for (const auto& kw : call->keywords) {
            if (kw.name.empty())
                throw Error(kw.loc,
                            "Revlab reads the arguments of mapped_column(...) one by one, not **kwargs");
            if (kw.name == "key")
                throw Error(
                    kw.loc,
                    "Revlab does not read mapped_column(key=...); name the attribute after the column");
            if (kw.name == "sort_order")
                throw Error(kw.loc,
                            "Revlab does not read mapped_column(sort_order=...); columns keep their order "
                            "of declaration");
            if (python_side_mapped(kw.name)) continue;
            ValuePtr value = eval(*kw.value, scope);
            if (kw.name == "type_") {
                value = resolve_enum(value);
                typed = true;
            }
            v->kwargs.emplace_back(kw.name, value);
        }
    }
    put_name_first(*v, attribute, v->loc);

    AnnotationReader reader(*this, scope);
    std::optional<AnnotatedType> annotated;
    if (annotation) {
        if (canonical(*eval(*annotation->object, scope)) != "sa.Mapped")
            throw Error(annotation->loc,
                        "WriteOnlyMapped[...] and DynamicMapped[...] are for relationship(); "
                        "a column is Mapped[...]");
        annotated = reader.unwrap(*annotation->items[0]);
    }
    bool has_foreign_key = std::any_of(v->items.begin(), v->items.end(),
                                       [](const ValuePtr& a) { return is_call_to(*a, "sa.ForeignKey"); });
    if (!typed && annotated) {
        v->items.insert(v->items.begin() + 1, reader.type_for(*annotated->type, attribute));
    } else if (!typed && !has_foreign_key) {
        throw Error(v->loc,
                    "mapped_column() needs a type: annotate the attribute (`" + attribute +
                        ": Mapped[int] = mapped_column(...)`) or pass one (mapped_column(sa.Integer))");
    }
    const Value* nullable = v->kwarg("nullable");
    const Value* pk = v->kwarg("primary_key");
    bool primary_key = pk && operations::expect_bool(*pk, "primary_key");
    if (annotated && !primary_key && (!nullable || nullable->kind == Value::Kind::None)) {
        v->kwargs.erase(std::remove_if(v->kwargs.begin(), v->kwargs.end(),
                                       [](const auto& kv) { return kv.first == "nullable"; }),
                        v->kwargs.end());
        v->kwargs.emplace_back("nullable", operations::make_bool(annotated->optional, v->loc));
    }
    ValuePtr column = resolve_references(v, nullptr);
    schema::Column built = operations::build_column(*column);
    return {attribute, column, v->loc, !built.foreign_keys.empty(), true, built.primary_key};
}

} // namespace revlab::models::detail
