#include "operations/py_records.hpp"

#include "py/runtime/classes.hpp"

namespace revlab::operations {

namespace {

// A record made by the operations and handed to a script (op.create_table's table,
// op.inline_literal's value): it passes through Python untouched.
class RecordObj : public py::NativeObj {
public:
    RecordObj(py::Heap& h, py::Ref<py::ClassObj> klass, ValuePtr r)
        : NativeObj(h, std::move(klass), sizeof(RecordObj)), record(std::move(r)) {}
    ValuePtr record;
};

py::Ref<py::ClassObj> record_class(py::Interp& I) {
    py::Value& slot = I.host_state["operations.Record"];
    if (py::ClassObj* c = slot.get<py::ClassObj>()) return py::Ref<py::ClassObj>(c);
    py::Ref<py::ClassObj> cls = I.heap.make<py::ClassObj>("Record");
    cls->mro = {cls.get(), I.t.object.get()};
    cls->bases = {I.t.object};
    cls->metaclass = I.t.type;
    cls->is_native = true;
    cls->dict->set(I, "__module__", I.str("alembic"));
    slot = py::Value(cls);
    return cls;
}

std::shared_ptr<Value> make(Value::Kind kind, const SourceLocation& loc) {
    auto v = std::make_shared<Value>();
    v->kind = kind;
    v->loc = loc;
    return v;
}

[[noreturn]] void cannot(py::Interp& I, const py::Value& v, const SourceLocation& loc) {
    throw Error(loc, "Revlab cannot pass " + I.type_name(v) + " object " + I.repr(v).substr(0, 60) +
                         " to an operation; give it values, SQLAlchemy objects (sa.Column(...), sa.Integer()) or "
                         "lists of them");
}

} // namespace

ValuePtr to_record(py::Interp& I, const py::Value& v, const SourceLocation& loc) {
    I.step();
    using K = Value::Kind;
    switch (v.tag()) {
    case py::Value::Tag::None:
        return make(K::None, loc);
    case py::Value::Tag::Bool: {
        auto r = make(K::Bool, loc);
        r->b = v.as_bool();
        return r;
    }
    case py::Value::Tag::Int: {
        auto r = make(K::Int, loc);
        r->i = v.as_int();
        return r;
    }
    case py::Value::Tag::Float: {
        auto r = make(K::Float, loc);
        r->f = v.as_float();
        return r;
    }
    case py::Value::Tag::Object:
        break;
    default:
        cannot(I, v, loc);
    }
    switch (v.obj()->type()) {
    case py::ObjType::Str: {
        auto r = make(K::Str, loc);
        r->s = v.as<py::StrObj>()->text;
        return r;
    }
    case py::ObjType::Bytes: {
        auto r = make(K::Bytes, loc);
        r->s = v.as<py::BytesObj>()->bytes;
        return r;
    }
    case py::ObjType::BigInt:
        throw Error(loc, "integer " + I.repr(v) + " is too large for SQLite (at most 64 bits)");
    case py::ObjType::List:
    case py::ObjType::Tuple: {
        auto r = make(v.is(py::ObjType::List) ? K::List : K::Tuple, loc);
        for (const py::Value& item : I.to_vector(v))
            r->items.push_back(to_record(I, item, loc));
        return r;
    }
    case py::ObjType::Dict: {
        auto r = make(K::Dict, loc);
        for (const py::DictObj::Entry& e : v.as<py::DictObj>()->entries()) {
            if (!e.live) continue;
            r->items.push_back(to_record(I, e.key, loc));
            r->values.push_back(to_record(I, e.value, loc));
        }
        return r;
    }
    case py::ObjType::Native:
        if (v.as<py::NativeObj>()->cls.get() == record_class(I).get()) return static_cast<RecordObj*>(v.as<py::NativeObj>())->record;
        break;
    default:
        break;
    }
    // A class passed uncalled (sa.Integer): its public name.
    if (v.is(py::ObjType::Class)) {
        if (std::optional<py::Value> name = I.getattr_if(v, "__revlab_ref__"); name && name->is(py::ObjType::Str)) {
            auto r = make(K::Ref, loc);
            r->s = name->as<py::StrObj>()->text;
            return r;
        }
        cannot(I, v, loc);
    }
    // An instance of the builtin types' subclasses (an Enum member of str): its builtin value.
    if (const py::InstanceObj* inst = v.get<py::InstanceObj>(); inst != nullptr && !inst->base.is_none() &&
                                                               !I.hasattr(v, "__revlab_record__"))
        return to_record(I, inst->base, loc);
    std::optional<py::Value> record_fn = I.getattr_if(v, "__revlab_record__");
    if (!record_fn) cannot(I, v, loc);
    const std::vector<py::Value> parts = I.to_vector(I.call(*record_fn, py::CallArgs{}));
    if (parts.size() < 2 || !parts[0].is(py::ObjType::Str) || !parts[1].is(py::ObjType::Str))
        throw Error(loc, "the SQLAlchemy object's record is malformed (" + I.repr(v).substr(0, 60) + ")");
    const std::string kind = parts[0].as<py::StrObj>()->text;
    if (kind == "ref") {
        auto r = make(K::Ref, loc);
        r->s = parts[1].as<py::StrObj>()->text;
        return r;
    }
    auto r = make(K::Call, loc);
    r->s = parts[1].as<py::StrObj>()->text;
    if (parts.size() > 2)
        for (const py::Value& a : I.to_vector(parts[2]))
            r->items.push_back(to_record(I, a, loc));
    if (parts.size() > 3)
        if (const py::DictObj* kw = parts[3].get<py::DictObj>())
            for (const py::DictObj::Entry& e : kw->entries())
                if (e.live) r->kwargs.emplace_back(I.to_str(e.key), to_record(I, e.value, loc));
    return r;
}

py::Value from_record(py::Interp& I, const ValuePtr& record) {
    if (!record) return py::Value();
    switch (record->kind) {
    case Value::Kind::None:
        return py::Value();
    case Value::Kind::Bool:
        return py::Value::boolean(record->b);
    case Value::Kind::Int:
        return py::Value::integer(record->i);
    case Value::Kind::Float:
        return py::Value::floating(record->f);
    case Value::Kind::Str:
        return I.str(record->s);
    case Value::Kind::Bytes:
        return I.bytes(record->s);
    default:
        return py::Value(I.heap.make<RecordObj>(record_class(I), record));
    }
}

} // namespace revlab::operations
