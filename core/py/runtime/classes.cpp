#include "py/runtime/classes.hpp"

#include "py/runtime/dispatch.hpp"

#include <algorithm>
#include <optional>

namespace revlab::py {

namespace {

// C3 linearization: the MRO Python computes for class `cls` with bases `bases`.
std::vector<ClassObj*> c3(Interp& I, ClassObj* cls, const std::vector<Ref<ClassObj>>& bases) {
    std::vector<std::vector<ClassObj*>> seqs;
    for (const Ref<ClassObj>& b : bases)
        seqs.push_back(b->mro);
    std::vector<ClassObj*> direct;
    for (const Ref<ClassObj>& b : bases)
        direct.push_back(b.get());
    seqs.push_back(direct);
    std::vector<ClassObj*> result{cls};
    for (;;) {
        seqs.erase(std::remove_if(seqs.begin(), seqs.end(), [](const auto& s) { return s.empty(); }), seqs.end());
        if (seqs.empty()) return result;
        ClassObj* pick = nullptr;
        for (const auto& s : seqs) {
            ClassObj* head = s.front();
            bool in_tail = false;
            for (const auto& other : seqs)
                if (std::find(other.begin() + 1, other.end(), head) != other.end()) in_tail = true;
            if (!in_tail) {
                pick = head;
                break;
            }
        }
        if (pick == nullptr) {
            std::string names;
            for (const Ref<ClassObj>& b : bases)
                names += (names.empty() ? "" : ", ") + b->name;
            I.type_error("Cannot create a consistent method resolution order (MRO) for bases " + names);
        }
        result.push_back(pick);
        for (auto& s : seqs)
            if (!s.empty() && s.front() == pick) s.erase(s.begin());
    }
}

} // namespace

Ref<ClassObj> make_builtin_type(Interp& I, const std::string& name, Ref<ClassObj> base, Builtin layout) {
    Ref<ClassObj> cls = I.heap.make<ClassObj>(name);
    cls->is_builtin_type = true;
    cls->builtin = layout;
    if (base) cls->bases.push_back(base);
    cls->mro.push_back(cls.get());
    if (base)
        for (ClassObj* c : base->mro)
            cls->mro.push_back(c);
    cls->metaclass = I.t.type;
    cls->dict->set(I, "__module__", I.str("builtins"));
    return cls;
}

void add_method(Interp& I, ClassObj& cls, const std::string& name, NativeFn fn, Value data) {
    Value b = I.builtin(name, fn, Value(), std::move(data));
    b.as<BuiltinObj>()->is_method = true;
    cls.dict->set(I, name, b);
}

void add_classmethod(Interp& I, ClassObj& cls, const std::string& name, NativeFn fn) {
    Value b = I.builtin(name, fn);
    b.as<BuiltinObj>()->is_method = true;
    b.as<BuiltinObj>()->is_classmethod = true;
    cls.dict->set(I, name, b);
}

void add_staticmethod(Interp& I, ClassObj& cls, const std::string& name, NativeFn fn) {
    cls.dict->set(I, name, Value(I.heap.make<StaticMethodObj>(I.builtin(name, fn))));
}

Ref<ClassObj> pick_metaclass(Interp& I, Ref<ClassObj> meta, const std::vector<Ref<ClassObj>>& bases) {
    Ref<ClassObj> winner = meta ? meta : I.t.type;
    for (const Ref<ClassObj>& b : bases) {
        ClassObj* bm = I.type_of(Value(b));
        if (winner->is_subclass_of(bm)) continue;
        if (bm->is_subclass_of(winner.get())) {
            winner = Ref<ClassObj>(bm);
            continue;
        }
        I.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                     "metaclasses of all its bases");
    }
    return winner;
}

Ref<ClassObj> make_class(Interp& I, Ref<ClassObj> meta, const std::string& name, std::vector<Ref<ClassObj>> bases,
                         Ref<DictObj> ns, std::vector<std::pair<std::string, Value>> kwargs) {
    if (bases.empty()) bases.push_back(I.t.object);
    Builtin layout = Builtin::None;
    for (const Ref<ClassObj>& b : bases) {
        if (b->is_builtin_type && !b->is_native && (b->name == "bool" || b->name == "range" || b->name == "slice" ||
                                                   b->name == "function" || b->name == "NoneType"))
            I.type_error("type '" + b->name + "' is not an acceptable base type");
        if (b->builtin != Builtin::None && b->builtin != Builtin::Object) {
            if (layout != Builtin::None && layout != b->builtin && b->builtin != Builtin::BaseException &&
                layout != Builtin::BaseException)
                I.type_error("multiple bases have instance lay-out conflict");
            if (layout == Builtin::None || layout == Builtin::BaseException) layout = b->builtin;
        }
        if (b->is_native && !b->dict->find("__revlab_subclassable__"))
            I.type_error("type '" + b->name + "' is not an acceptable base type");
    }
    Ref<ClassObj> cls = I.heap.make<ClassObj>(name);
    cls->metaclass = meta;
    cls->builtin = layout == Builtin::None ? Builtin::Object : layout;
    for (const Ref<ClassObj>& b : bases)
        cls->is_native = cls->is_native || b->is_native;
    cls->bases = bases;
    cls->mro = c3(I, cls.get(), bases);
    for (const DictObj::Entry& e : ns->entries()) {
        if (!e.live) continue;
        if (const StrObj* key = e.key.get<StrObj>(); key != nullptr && key->text == "__qualname__") {
            if (const StrObj* q = e.value.get<StrObj>()) cls->qualname = q->text;
            continue;
        }
        cls->dict->set(I, e.key, e.hash, e.value);
    }
    DictObj& d = *cls->dict;
    if (!d.find("__doc__")) d.set(I, "__doc__", Value());
    if (d.find("__eq__") && !d.find("__hash__")) d.set(I, "__hash__", Value());
    // Implicit classmethods and staticmethods, as type.__new__ makes them.
    for (const char* implicit : {"__init_subclass__", "__class_getitem__"})
        if (Value* f = d.find_mut(implicit); f != nullptr && f->is(ObjType::Function))
            *f = Value(I.heap.make<ClassMethodObj>(*f));
    if (Value* f = d.find_mut("__new__"); f != nullptr && f->is(ObjType::Function))
        *f = Value(I.heap.make<StaticMethodObj>(*f));

    // __set_name__ on the attributes that have it (descriptors, SQLAlchemy's Columns).
    std::vector<std::pair<Value, Value>> attrs;
    for (const DictObj::Entry& e : d.entries())
        if (e.live) attrs.emplace_back(e.key, e.value);
    for (auto& [key, value] : attrs)
        if (const Value* f = user_dunder(I, value, "__set_name__")) call_dunder(I, *f, value, {Value(cls), key});

    // The parent's __init_subclass__ with the class statement's keywords.
    Value cls_value(cls);
    for (std::size_t i = 1; i < cls->mro.size(); ++i) {
        const Value* f = cls->mro[i]->dict->find("__init_subclass__");
        if (f == nullptr) continue;
        CallArgs args;
        args.kw = std::move(kwargs);
        Value bound = bind_descriptor(I, *f, cls_value);
        if (const BuiltinObj* b = bound.get<BuiltinObj>(); b != nullptr && !b->self.is_object())
            args.pos.push_back(cls_value);
        I.call(bound, std::move(args));
        break;
    }
    return cls;
}

Value instantiate(Interp& I, Ref<ClassObj> cls, CallArgs& args) {
    Value cls_value(cls);
    // A metaclass written in Python with its own __call__ (EnumMeta's) decides everything.
    ClassObj* meta = I.type_of(cls_value);
    if (meta != I.t.type.get()) {
        for (ClassObj* c : meta->mro) {
            if (c == I.t.type.get()) break;
            if (const Value* f = c->dict->find("__call__")) {
                Value bound = bind_descriptor(I, *f, cls_value);
                return I.call(bound, std::move(args));
            }
        }
    }
    const Value* new_fn = cls->lookup("__new__");
    const Value* object_new = I.t.object->dict->find("__new__");
    Value obj;
    const bool default_new = new_fn == nullptr || (object_new != nullptr && new_fn->same(*object_new));
    // A user __new__ takes the arguments, so __init__ gets a copy; object.__new__ takes none, so
    // __init__ gets them as they are (the usual case: no copy on every instantiation).
    std::optional<CallArgs> copy;
    if (!default_new) copy.emplace(args);
    CallArgs& init_args = default_new ? args : *copy;
    if (default_new) {
        obj = Value(I.heap.make<InstanceObj>(cls));
    } else {
        Value f = *new_fn;
        if (const StaticMethodObj* s = f.get<StaticMethodObj>()) f = s->function;
        args.pos.insert(args.pos.begin(), cls_value);
        obj = I.call(f, std::move(args));
        if (!I.isinstance(obj, cls.get())) return obj;
    }
    const Value* init = cls->lookup("__init__");
    const Value* object_init = I.t.object->dict->find("__init__");
    const bool default_init = init == nullptr || (object_init != nullptr && init->same(*object_init));
    if (default_init) {
        if (default_new && (!init_args.pos.empty() || !init_args.kw.empty()))
            I.type_error(cls->name + "() takes no arguments");
        return obj;
    }
    Value f = *init;
    if (const BuiltinObj* b = f.get<BuiltinObj>()) { // a builtin's __init__ (list, dict, Exception)
        b->fn(I, obj, init_args, b->data);
        return obj;
    }
    init_args.pos.insert(init_args.pos.begin(), obj);
    Value r = I.call(f, std::move(init_args));
    if (!r.is_none()) I.type_error("__init__() should return None, not '" + I.type_name(r) + "'");
    return obj;
}

std::optional<Value> super_lookup(Interp& I, SuperObj& s, std::string_view name) {
    ClassObj* start = nullptr;
    if (const ClassObj* c = s.self.get<ClassObj>(); c != nullptr && c->is_subclass_of(s.type.get()))
        start = s.self.as<ClassObj>();
    else
        start = I.type_of(s.self);
    const auto& mro = start->mro;
    auto it = std::find(mro.begin(), mro.end(), s.type.get());
    if (it == mro.end()) return std::nullopt;
    for (++it; it != mro.end(); ++it) {
        const Value* v = (*it)->dict->find(name);
        if (v == nullptr) continue;
        Value found = *v;
        if (start == s.self.get<ClassObj>()) {
            // super() in a classmethod: functions stay plain, classmethods bind to the class
            if (const ClassMethodObj* cm = found.get<ClassMethodObj>())
                return Value(I.heap.make<BoundMethodObj>(cm->function, s.self));
            if (const BuiltinObj* b = found.get<BuiltinObj>(); b != nullptr && b->is_classmethod)
                return I.builtin(b->name, b->fn, s.self, b->data);
            if (const StaticMethodObj* sm = found.get<StaticMethodObj>()) return sm->function;
            return found;
        }
        return bind_descriptor(I, found, s.self);
    }
    return std::nullopt;
}

} // namespace revlab::py
