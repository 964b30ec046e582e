// Attribute lookup and assignment as Python does it: data descriptors (property) on the class
// first, then the instance's own dict, then the class's attributes bound to the instance
// (functions become bound methods), then __getattr__. Modules, classes and functions have their
// own rules. The sandbox refuses the attributes that lead to the interpreter's internals.
#include "py/runtime/interp.hpp"

#include "py/runtime/classes.hpp"
#include "py/runtime/dispatch.hpp"
#include "py/runtime/generators.hpp"

namespace revlab::py {

namespace {

// Attributes that would let a script walk from any object to the interpreter's internals (the
// classic sandbox escapes), refused with a message that says so.
bool forbidden(std::string_view name) {
    // Every attribute access asks, so the common case (a name no refused one can be) is decided on
    // its first two characters: each refused name starts with "__", "f_", "gi" or "tb", and is at
    // least as long as "f_back".
    if (name.size() < 6) return false;
    switch (name[0]) {
    case '_': if (name[1] != '_') return false; break;
    case 'f': if (name[1] != '_') return false; break;
    case 'g': if (name[1] != 'i') return false; break;
    case 't': if (name[1] != 'b') return false; break;
    default: return false;
    }
    return name == "__subclasses__" || name == "__globals__" || name == "__builtins__" || name == "__code__" ||
           name == "__closure__" || name == "__func_globals__" || name == "gi_frame" || name == "f_globals" ||
           name == "f_locals" || name == "f_back" || name == "tb_frame" || name == "__reduce__" ||
           name == "__reduce_ex__" || name == "__loader__" || name == "__spec__";
}

bool is_data_descriptor(Interp& I, const Value& v) {
    if (v.is(ObjType::Property)) return true;
    return (v.is(ObjType::Instance) || v.is(ObjType::Native)) &&
           (user_dunder(I, v, "__set__") != nullptr || user_dunder(I, v, "__delete__") != nullptr) &&
           user_dunder(I, v, "__get__") != nullptr;
}

Value property_get(Interp& I, const PropertyObj& p, const Value& self, std::string_view name, ClassObj* cls) {
    if (p.fget.is_none())
        I.raise("AttributeError", "property '" + std::string(name) + "' of '" + cls->name + "' object has no getter");
    return I.call(p.fget, {self});
}

[[noreturn]] void no_attribute(Interp& I, const Value& obj, std::string_view name) {
    if (const ModuleObj* m = obj.get<ModuleObj>())
        I.raise("AttributeError", "module '" + m->name + "' has no attribute '" + std::string(name) + "'");
    if (const ClassObj* c = obj.get<ClassObj>())
        I.raise("AttributeError", "type object '" + c->name + "' has no attribute '" + std::string(name) + "'");
    I.raise("AttributeError", "'" + I.type_name(obj) + "' object has no attribute '" + std::string(name) + "'");
}

std::optional<Value> exception_attribute(Interp& I, InstanceObj& e, std::string_view name) {
    if (name == "args") return e.args.is_none() ? I.tuple() : e.args;
    if (name == "__cause__") return e.cause;
    if (name == "__context__") return e.context;
    if (name == "__suppress_context__") return Value::boolean(e.suppress_context);
    if (name == "__traceback__") return Value();
    if (e.cls->is_subclass_of(I.t.exc("UnicodeError"))) { // UnicodeDecodeError(encoding, object, start, end, reason)
        static const char* const fields[] = {"encoding", "object", "start", "end", "reason"};
        const TupleObj* args = e.args.get<TupleObj>();
        for (std::size_t k = 0; k < 5; ++k)
            if (name == fields[k] && args != nullptr && args->items.size() == 5) return args->items[k];
    }
    if (name == "value" && e.cls->is_subclass_of(I.t.exc("StopIteration"))) { // what a generator returned
        const TupleObj* args = e.args.get<TupleObj>();
        return args != nullptr && !args->items.empty() ? args->items[0] : Value();
    }
    return std::nullopt;
}

// The attributes every function has.
std::optional<Value> function_attribute(Interp& I, FunctionObj& f, std::string_view name) {
    if (f.dict)
        if (const Value* v = f.dict->find(name)) return *v;
    if (name == "__name__") return f.name;
    if (name == "__qualname__") return f.qualname;
    if (name == "__doc__") return f.doc;
    if (name == "__module__") return f.module;
    if (name == "__annotations__") {
        if (f.annotations.is_none()) f.annotations = Value(I.dict());
        return f.annotations;
    }
    if (name == "__defaults__") return f.defaults.empty() ? Value() : I.tuple(f.defaults);
    if (name == "__kwdefaults__") {
        if (f.kwdefaults.empty()) return Value();
        Ref<DictObj> d = I.dict();
        for (const auto& [k, v] : f.kwdefaults)
            d->set(I, k, v);
        return Value(d);
    }
    if (name == "__dict__") {
        if (!f.dict) f.dict = I.dict();
        return Value(f.dict);
    }
    return std::nullopt;
}

std::optional<Value> class_attribute(Interp& I, const Value& obj, ClassObj& c, std::string_view name) {
    if (const Value* v = c.lookup(name)) {
        Value found = *v;
        if (const ClassMethodObj* cm = found.get<ClassMethodObj>())
            return Value(I.heap.make<BoundMethodObj>(cm->function, obj));
        if (const StaticMethodObj* sm = found.get<StaticMethodObj>()) return sm->function;
        if (const BuiltinObj* b = found.get<BuiltinObj>(); b != nullptr && b->is_classmethod)
            return I.builtin(b->name, b->fn, obj, b->data);
        if ((found.is(ObjType::Instance) || found.is(ObjType::Native)) && user_dunder(I, found, "__get__"))
            return call_dunder(I, *user_dunder(I, found, "__get__"), found, {Value(), obj});
        return found;
    }
    if (name == "__name__") return I.str(c.name);
    if (name == "__qualname__") return I.str(c.qualname);
    if (name == "__mro__") {
        std::vector<Value> items;
        for (ClassObj* m : c.mro)
            items.emplace_back(m);
        return I.tuple(std::move(items));
    }
    if (name == "__bases__") {
        std::vector<Value> items;
        for (const Ref<ClassObj>& b : c.bases)
            items.emplace_back(b);
        return I.tuple(std::move(items));
    }
    if (name == "__base__") return c.bases.empty() ? Value() : Value(c.bases.front());
    if (name == "__dict__") {
        Ref<DictObj> copy = I.dict(); // a read-only view in Python; a copy here
        for (const DictObj::Entry& e : c.dict->entries())
            if (e.live) copy->set(I, e.key, e.hash, e.value);
        return Value(copy);
    }
    if (name == "__class__") return Value(I.type_of(obj));
    // The metaclass's attributes (EnumMeta's methods, type.mro), bound to the class.
    ClassObj* meta = I.type_of(obj);
    if (const Value* v = meta->lookup(name)) return bind_descriptor(I, *v, obj);
    if (meta != I.t.type.get())
        for (ClassObj* m : meta->mro) {
            if (m == I.t.type.get()) break;
            if (const Value* g = m->dict->find("__getattr__")) return I.call(bind_descriptor(I, *g, obj), {I.str(std::string(name))});
        }
    return std::nullopt;
}

} // namespace

Value bind_descriptor(Interp& I, const Value& attr, const Value& self) {
    if (!attr.is_object()) return attr;
    switch (attr.obj()->type()) {
    case ObjType::Function:
        return Value(I.heap.make<BoundMethodObj>(attr, self));
    case ObjType::Builtin: {
        const BuiltinObj* b = attr.as<BuiltinObj>();
        if (b->is_classmethod) {
            Value cls = self.is(ObjType::Class) ? self : Value(I.type_of(self));
            return I.builtin(b->name, b->fn, cls, b->data);
        }
        if (!b->is_method) return attr;
        Value m = I.builtin(b->name, b->fn, self, b->data);
        m.as<BuiltinObj>()->bound = true;
        return m;
    }
    case ObjType::ClassMethod: {
        Value cls = self.is(ObjType::Class) ? self : Value(I.type_of(self));
        return Value(I.heap.make<BoundMethodObj>(attr.as<ClassMethodObj>()->function, cls));
    }
    case ObjType::StaticMethod:
        return attr.as<StaticMethodObj>()->function;
    case ObjType::Property:
        return property_get(I, *attr.as<PropertyObj>(), self, "?", I.type_of(self));
    case ObjType::Instance:
    case ObjType::Native:
        if (const Value* g = user_dunder(I, attr, "__get__"))
            return call_dunder(I, *g, attr, {self, Value(I.type_of(self))});
        return attr;
    default:
        return attr;
    }
}

std::optional<Value> Interp::lookup_attr(const Value& obj, std::string_view name, bool strict) {
    if (forbidden(name))
        raise("AttributeError", "'" + std::string(name) + "' is not available in Revlab's sandbox (scripts cannot "
                                "reach the interpreter's internals)");
    if (name == "__class__") return Value(type_of(obj));
    if (!obj.is_object()) {
        if (const Value* v = type_of(obj)->lookup(name)) return bind_descriptor(*this, *v, obj);
        if (obj.is_int() || obj.is_bool()) {
            if (name == "real" || name == "numerator") return obj.is_bool() ? Value::integer(obj.as_bool()) : obj;
            if (name == "imag") return Value::integer(0);
            if (name == "denominator") return Value::integer(1);
        }
        if (obj.is_float() && (name == "real" || name == "imag"))
            return name == "real" ? obj : Value::floating(0.0);
        return std::nullopt;
    }
    switch (obj.obj()->type()) {
    case ObjType::Instance: {
        InstanceObj& inst = *obj.as<InstanceObj>();
        ClassObj* cls = inst.cls.get();
        const std::int64_t hash = hash_text(name); // once, for the MRO and the instance's dict
        const Value* attr = cls->lookup(name, hash);
        Value found = attr ? *attr : Value();
        if (attr != nullptr) {
            if (const PropertyObj* p = found.get<PropertyObj>()) return property_get(*this, *p, obj, name, cls);
            if (is_data_descriptor(*this, found))
                return call_dunder(*this, *user_dunder(*this, found, "__get__"), found, {obj, Value(cls)});
        }
        if (inst.dict)
            if (const Value* v = inst.dict->find(name, hash)) return *v;
        if (attr != nullptr) return bind_descriptor(*this, found, obj);
        if (name == "__dict__") {
            if (!inst.dict) inst.dict = dict();
            return Value(inst.dict);
        }
        if (cls->is_subclass_of(t.base_exception))
            if (auto v = exception_attribute(*this, inst, name)) return v;
        if (!inst.base.is_none() && (name == "real" || name == "imag" || name == "numerator" || name == "denominator"))
            return getattr_if(inst.base, name);
        if (const Value* g = user_dunder(*this, obj, "__getattr__")) {
            try {
                return call_dunder(*this, *g, obj, {str(std::string(name))});
            } catch (PyException& e) {
                if (!strict && isinstance(e.exc, t.exc("AttributeError"))) return std::nullopt;
                throw;
            }
        }
        return std::nullopt;
    }
    case ObjType::Native: {
        NativeObj& n = *obj.as<NativeObj>();
        const Value* attr = n.cls->lookup(name);
        if (attr != nullptr)
            if (const PropertyObj* p = attr->get<PropertyObj>()) return property_get(*this, *p, obj, name, n.cls.get());
        if (n.dict)
            if (const Value* v = n.dict->find(name)) return *v;
        if (attr != nullptr) return bind_descriptor(*this, *attr, obj);
        if (const Value* g = n.cls->lookup("__getattr__")) {
            Value f = *g;
            try {
                return call(bind_descriptor(*this, f, obj), {str(std::string(name))});
            } catch (PyException& e) {
                if (!strict && isinstance(e.exc, t.exc("AttributeError"))) return std::nullopt;
                throw;
            }
        }
        return std::nullopt;
    }
    case ObjType::Class:
        return class_attribute(*this, obj, *obj.as<ClassObj>(), name);
    case ObjType::Module: {
        ModuleObj& m = *obj.as<ModuleObj>();
        if (const Value* v = m.dict->find(name)) return *v;
        if (name == "__dict__") return Value(m.dict);
        if (name == "__name__") return str(m.name);
        if (const Value* g = m.dict->find("__getattr__")) {
            Value f = *g;
            try {
                return call(f, {str(std::string(name))});
            } catch (PyException& e) {
                if (!strict && isinstance(e.exc, t.exc("AttributeError"))) return std::nullopt;
                throw;
            }
        }
        return std::nullopt;
    }
    case ObjType::Function:
        if (auto v = function_attribute(*this, *obj.as<FunctionObj>(), name)) return v;
        break;
    case ObjType::BoundMethod: {
        BoundMethodObj& m = *obj.as<BoundMethodObj>();
        if (name == "__self__") return m.self;
        if (name == "__func__") return m.function;
        Value f = m.function;
        return lookup_attr(f, name, strict);
    }
    case ObjType::Builtin: {
        BuiltinObj& b = *obj.as<BuiltinObj>();
        if (name == "__name__" || name == "__qualname__") return str(b.name);
        if (name == "__self__") return b.self;
        if (name == "__doc__") return Value();
        if (name == "__module__") return str("builtins");
        break;
    }
    case ObjType::Super: {
        Ref<SuperObj> s(obj.as<SuperObj>());
        if (auto v = super_lookup(*this, *s, name)) return v;
        return std::nullopt;
    }
    case ObjType::Property: {
        PropertyObj& p = *obj.as<PropertyObj>();
        if (name == "fget") return p.fget;
        if (name == "fset") return p.fset;
        if (name == "fdel") return p.fdel;
        if (name == "__doc__") return p.doc;
        break;
    }
    case ObjType::ClassMethod:
    case ObjType::StaticMethod:
        if (name == "__func__" || name == "__wrapped__")
            return obj.is(ObjType::ClassMethod) ? obj.as<ClassMethodObj>()->function
                                                 : obj.as<StaticMethodObj>()->function;
        break;
    case ObjType::Slice:
    case ObjType::Range: {
        auto pick = [&](const Value& a, const Value& b, const Value& c) -> std::optional<Value> {
            if (name == "start") return a;
            if (name == "stop") return b;
            if (name == "step") return c;
            return std::nullopt;
        };
        if (const SliceObj* s = obj.get<SliceObj>()) {
            if (auto v = pick(s->start, s->stop, s->step)) return v;
        } else {
            const RangeObj* r = obj.as<RangeObj>();
            if (auto v = pick(Value::integer(r->start), Value::integer(r->stop), Value::integer(r->step))) return v;
        }
        break;
    }
    case ObjType::Generator: {
        const GeneratorObj& g = *obj.as<GeneratorObj>();
        if (name == "__name__") return str(g.name);
        if (name == "__qualname__") return str(g.qualname);
        if (name == "gi_running") return Value::boolean(g.running);
        break;
    }
    case ObjType::BigInt:
        if (name == "real" || name == "numerator") return obj;
        if (name == "imag") return Value::integer(0);
        if (name == "denominator") return Value::integer(1);
        break;
    default:
        break;
    }
    if (const Value* v = type_of(obj)->lookup(name)) return bind_descriptor(*this, *v, obj);
    return std::nullopt;
}

std::optional<Value> Interp::getattr_if(const Value& obj, std::string_view name) {
    return lookup_attr(obj, name, false);
}

// getattr(): an AttributeError raised by a __getattr__ reaches the caller with its own message,
// as in Python (a module's __getattr__ can say why a name is missing).
Value Interp::getattr(const Value& obj, std::string_view name) {
    if (std::optional<Value> v = lookup_attr(obj, name, true)) return std::move(*v);
    no_attribute(*this, obj, name);
}

// object.__setattr__: what assignment does when no class in the MRO defines __setattr__.
void generic_setattr(Interp& I, const Value& obj, std::string_view name, Value value) {
    if (forbidden(name)) I.raise("AttributeError", "'" + std::string(name) + "' cannot be set in Revlab's sandbox");
    switch (obj.is_object() ? obj.obj()->type() : ObjType::Str) {
    case ObjType::Instance: {
        InstanceObj& inst = *obj.as<InstanceObj>();
        const std::int64_t hash = hash_text(name); // once, for the MRO and the instance's dict
        if (const Value* attr = inst.cls->lookup(name, hash)) {
            Value found = *attr;
            if (const PropertyObj* p = found.get<PropertyObj>()) {
                if (p->fset.is_none())
                    I.raise("AttributeError", "property '" + std::string(name) + "' of '" + inst.cls->name +
                                                  "' object has no setter");
                I.call(p->fset, {obj, std::move(value)});
                return;
            }
            if (const Value* s = is_data_descriptor(I, found) ? user_dunder(I, found, "__set__") : nullptr) {
                call_dunder(I, *s, found, {obj, std::move(value)});
                return;
            }
        }
        if (name == "__class__")
            I.raise("TypeError", "assigning __class__ is not available in Revlab's sandbox");
        if (name == "__dict__") {
            DictObj* d = value.get<DictObj>();
            if (d == nullptr) I.type_error("__dict__ must be set to a dictionary, not a '" + I.type_name(value) + "'");
            inst.dict = Ref<DictObj>(d);
            return;
        }
        if (inst.cls->is_subclass_of(I.t.base_exception)) {
            if (name == "args") return void(inst.args = I.tuple(I.to_vector(value)));
            if (name == "__cause__") {
                inst.cause = std::move(value);
                inst.suppress_context = true;
                return;
            }
            if (name == "__context__") return void(inst.context = std::move(value));
            if (name == "__traceback__") return;
        }
        if (!inst.dict) inst.dict = I.dict();
        inst.dict->set(I, name, hash, std::move(value));
        return;
    }
    case ObjType::Native: {
        NativeObj& n = *obj.as<NativeObj>();
        if (const Value* attr = n.cls->lookup(name))
            if (const PropertyObj* p = attr->get<PropertyObj>()) {
                if (p->fset.is_none())
                    I.raise("AttributeError", "property '" + std::string(name) + "' of '" + n.cls->name +
                                                  "' object has no setter");
                Value setter = p->fset;
                I.call(setter, {obj, std::move(value)});
                return;
            }
        if (!n.dict) n.dict = I.dict();
        n.dict->set(I, name, std::move(value));
        return;
    }
    case ObjType::Class: {
        ClassObj& c = *obj.as<ClassObj>();
        if (c.is_builtin_type)
            I.type_error("cannot set '" + std::string(name) + "' attribute of immutable type '" + c.name + "'");
        if (name == "__name__") return void(c.name = I.to_str(value));
        if (name == "__qualname__") return void(c.qualname = I.to_str(value));
        c.dict->set(I, name, std::move(value));
        return;
    }
    case ObjType::Module:
        obj.as<ModuleObj>()->dict->set(I, name, std::move(value));
        return;
    case ObjType::Function: {
        FunctionObj& f = *obj.as<FunctionObj>();
        if (name == "__name__") return void(f.name = std::move(value));
        if (name == "__qualname__") return void(f.qualname = std::move(value));
        if (name == "__doc__") return void(f.doc = std::move(value));
        if (name == "__module__") return void(f.module = std::move(value));
        if (name == "__annotations__") return void(f.annotations = std::move(value));
        if (name == "__defaults__") return void(f.defaults = value.is_none() ? std::vector<Value>{} : I.to_vector(value));
        if (!f.dict) f.dict = I.dict();
        f.dict->set(I, name, std::move(value));
        return;
    }
    default:
        break;
    }
    if (const Value* attr = I.type_of(obj)->lookup(name); attr != nullptr && !attr->is(ObjType::Builtin))
        I.raise("AttributeError", "'" + I.type_name(obj) + "' object attribute '" + std::string(name) + "' is read-only");
    I.raise("AttributeError", "'" + I.type_name(obj) + "' object has no attribute '" + std::string(name) + "'");
}

void Interp::setattr(const Value& obj, std::string_view name, Value value) {
    if (obj.is(ObjType::Instance) || obj.is(ObjType::Native) || obj.is(ObjType::Class)) {
        ClassObj* cls = type_of(obj);
        for (ClassObj* c : cls->mro) {
            if (c->is_builtin_type && !c->is_native) break;
            constexpr std::int64_t kHash = hash_text("__setattr__");
            if (const Value* f = c->dict->find("__setattr__", kHash)) {
                call_dunder(*this, *f, obj, {str(std::string(name)), std::move(value)});
                return;
            }
        }
    }
    generic_setattr(*this, obj, name, std::move(value));
}

void Interp::delattr(const Value& obj, std::string_view name) {
    if (const Value* f = user_dunder(*this, obj, "__delattr__")) {
        call_dunder(*this, *f, obj, {str(std::string(name))});
        return;
    }
    if (InstanceObj* inst = obj.get<InstanceObj>()) {
        if (const Value* attr = inst->cls->lookup(name))
            if (const PropertyObj* p = attr->get<PropertyObj>()) {
                if (p->fdel.is_none())
                    raise("AttributeError", "property '" + std::string(name) + "' of '" + inst->cls->name +
                                                "' object has no deleter");
                Value deleter = p->fdel;
                call(deleter, {obj});
                return;
            }
        if (inst->dict && inst->dict->erase(name)) return;
    } else if (ClassObj* c = obj.get<ClassObj>()) {
        if (!c->is_builtin_type && c->dict->erase(name)) return;
    } else if (ModuleObj* m = obj.get<ModuleObj>()) {
        if (m->dict->erase(name)) return;
    } else if (FunctionObj* f = obj.get<FunctionObj>()) {
        if (f->dict && f->dict->erase(name)) return;
    } else if (NativeObj* n = obj.get<NativeObj>()) {
        if (n->dict && n->dict->erase(name)) return;
    }
    no_attribute(*this, obj, name);
}

} // namespace revlab::py
