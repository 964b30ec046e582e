// Methods of object and type (what super().__init__(), super().__setattr__() and metaclasses call),
// of the descriptors (property, classmethod, staticmethod, super) and of BaseException.
#include "py/runtime/args.hpp"
#include "py/runtime/classes.hpp"
#include "py/runtime/dispatch.hpp"
#include "py/runtime/setup.hpp"

namespace revlab::py {

namespace {

ClassObj* class_arg(Interp& I, const Value& v, const char* what) {
    ClassObj* c = v.get<ClassObj>();
    if (c == nullptr) I.type_error(std::string(what) + " is not a type object (" + I.type_name(v) + ")");
    return c;
}

// object.__new__(cls, ...): a plain instance (builtin layouts are made by their own __new__).
Value object_new(Interp& I, const Value&, CallArgs& args, const Value&) {
    if (args.pos.empty()) I.type_error("object.__new__(): not enough arguments");
    ClassObj* cls = class_arg(I, args.pos[0], "object.__new__(X):");
    if (cls->is_subclass_of(I.t.base_exception)) {
        std::vector<Value> rest(args.pos.begin() + 1, args.pos.end());
        Value e = I.make_exception(cls, std::move(rest));
        return e;
    }
    return Value(I.heap.make<InstanceObj>(Ref<ClassObj>(cls)));
}

Value object_init(Interp&, const Value&, CallArgs&, const Value&) {
    return Value();
}

Value object_eq(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__eq__", {"value"});
    return a[0].same(self) ? Value::boolean(true) : Value::not_implemented();
}

Value object_ne(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__ne__", {"value"});
    if (const Value* f = user_dunder(I, self, "__eq__")) {
        Value r = call_dunder(I, *f, self, {a[0]});
        if (r.tag() == Value::Tag::NotImplemented) return r;
        return Value::boolean(!I.truthy(r));
    }
    return a[0].same(self) ? Value::boolean(false) : Value::not_implemented();
}

Value object_hash(Interp&, const Value& self, CallArgs&, const Value&) {
    return Value::integer(static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(self.obj()) >> 4));
}

Value object_repr(Interp& I, const Value& self, CallArgs&, const Value&) {
    ClassObj* cls = I.type_of(self);
    const Value* m = cls->dict->find("__module__");
    std::string module = m && m->is(ObjType::Str) ? m->as<StrObj>()->text + "." : "";
    if (module == "builtins.") module.clear();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%llx", static_cast<unsigned long long>(reinterpret_cast<std::uintptr_t>(self.obj())));
    return I.str("<" + module + cls->qualname + " object at 0x" + buf + ">");
}

Value object_str(Interp& I, const Value& self, CallArgs&, const Value&) {
    return I.str(I.repr(self));
}

Value object_setattr(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__setattr__", {"name", "value"});
    generic_setattr(I, self, I.to_str(a[0]), a[1]);
    return Value();
}

Value object_delattr(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__delattr__", {"name"});
    std::string name = I.to_str(a[0]);
    if (InstanceObj* inst = self.get<InstanceObj>(); inst && inst->dict && inst->dict->erase(name)) return Value();
    I.raise("AttributeError", "'" + I.type_name(self) + "' object has no attribute '" + name + "'");
}

Value object_getattribute(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__getattribute__", {"name"});
    return I.getattr(self, I.to_str(a[0]));
}

Value object_init_subclass(Interp& I, const Value& self, CallArgs& args, const Value&) {
    if (!args.kw.empty() || !args.pos.empty()) {
        const ClassObj* c = self.get<ClassObj>();
        I.type_error((c ? c->name : std::string("object")) + ".__init_subclass__() takes no keyword arguments");
    }
    return Value();
}

Value object_format(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__format__", {"format_spec"});
    std::string spec = I.to_str(a[0]);
    if (!spec.empty())
        I.type_error("unsupported format string passed to " + I.type_name(self) + ".__format__");
    return I.str(I.to_str(self));
}

Value object_dir(Interp& I, const Value& self, CallArgs&, const Value&) {
    std::vector<std::string> names;
    auto add_dict = [&](const DictObj& d) {
        for (const DictObj::Entry& e : d.entries())
            if (e.live)
                if (const StrObj* s = e.key.get<StrObj>()) names.push_back(s->text);
    };
    if (const InstanceObj* inst = self.get<InstanceObj>(); inst && inst->dict) add_dict(*inst->dict);
    for (ClassObj* c : I.type_of(self)->mro)
        add_dict(*c->dict);
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    std::vector<Value> out;
    for (const std::string& n : names)
        out.push_back(I.str(n));
    return I.list(std::move(out));
}

// type(x) or type(name, bases, ns); also type.__new__(mcs, name, bases, ns) from a metaclass.
Value type_new(Interp& I, const Value&, CallArgs& args, const Value&) {
    if (args.pos.size() == 2 && args.pos[0].same(Value(I.t.type)) && args.kw.empty())
        return Value(I.type_of(args.pos[1]));
    if (args.pos.size() != 4) I.type_error("type() takes 1 or 3 arguments");
    ClassObj* meta = class_arg(I, args.pos[0], "type.__new__(X):");
    std::string name = I.to_str(args.pos[1]);
    std::vector<Ref<ClassObj>> bases;
    for (const Value& b : I.to_vector(args.pos[2]))
        bases.emplace_back(class_arg(I, b, "bases"));
    DictObj* ns = args.pos[3].get<DictObj>();
    if (ns == nullptr) I.type_error("type.__new__() argument 3 must be dict, not " + I.type_name(args.pos[3]));
    Ref<ClassObj> winner = pick_metaclass(I, Ref<ClassObj>(meta), bases);
    return Value(make_class(I, winner, name, bases, Ref<DictObj>(ns), std::move(args.kw)));
}

Value type_init(Interp&, const Value&, CallArgs&, const Value&) {
    return Value();
}

Value type_call(Interp& I, const Value& self, CallArgs& args, const Value&) {
    ClassObj* cls = class_arg(I, self, "type.__call__");
    // The default construction, skipping any metaclass __call__ (this is that default).
    const Value* new_fn = cls->lookup("__new__");
    Value obj;
    CallArgs init_args = args;
    if (new_fn == nullptr || new_fn->same(*I.t.object->dict->find("__new__"))) {
        obj = Value(I.heap.make<InstanceObj>(Ref<ClassObj>(cls)));
    } else {
        Value f = *new_fn;
        if (const StaticMethodObj* s = f.get<StaticMethodObj>()) f = s->function;
        args.pos.insert(args.pos.begin(), self);
        obj = I.call(f, std::move(args));
        if (!I.isinstance(obj, cls)) return obj;
    }
    if (const Value* init = cls->lookup("__init__"); init && !init->same(*I.t.object->dict->find("__init__"))) {
        Value f = *init;
        if (const BuiltinObj* b = f.get<BuiltinObj>()) {
            b->fn(I, obj, init_args, b->data);
        } else {
            init_args.pos.insert(init_args.pos.begin(), obj);
            I.call(f, std::move(init_args));
        }
    }
    return obj;
}

Value type_mro(Interp& I, const Value& self, CallArgs&, const Value&) {
    std::vector<Value> items;
    for (ClassObj* c : class_arg(I, self, "mro")->mro)
        items.emplace_back(c);
    return I.list(std::move(items));
}

Value type_instancecheck(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__instancecheck__", {"instance"});
    return Value::boolean(I.isinstance(a[0], class_arg(I, self, "__instancecheck__")));
}

Value type_subclasscheck(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__subclasscheck__", {"subclass"});
    return Value::boolean(class_arg(I, a[0], "issubclass() arg 1")->is_subclass_of(class_arg(I, self, "")));
}

Value type_or(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__or__", {"value"});
    // X | Y in annotations: typing.Union[X, Y]
    Ref<ModuleObj> typing = I.import_module("typing");
    Value union_ = I.getattr(Value(typing), "Union");
    return I.getitem(union_, I.tuple({self, a[0]}));
}

// ---- property, classmethod, staticmethod, super -------------------------------------------------------

Value property_new(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "property", {"cls", "fget=", "fset=", "fdel=", "doc="});
    Value doc = a.get(4);
    if (doc.is_none() && a.has(1)) doc = I.getattr_if(a[1], "__doc__").value_or(Value());
    return Value(I.heap.make<PropertyObj>(a.get(1), a.get(2), a.get(3), doc));
}

Value property_with(Interp& I, const Value& self, CallArgs& args, const Value& which) {
    Args a(I, args, "property", {"function"});
    const PropertyObj& p = *self.as<PropertyObj>();
    const std::int64_t k = which.as_int();
    return Value(I.heap.make<PropertyObj>(k == 0 ? a[0] : p.fget, k == 1 ? a[0] : p.fset, k == 2 ? a[0] : p.fdel, p.doc));
}

Value property_get(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__get__", {"instance", "owner="});
    if (a[0].is_none()) return self;
    return I.call(self.as<PropertyObj>()->fget, {a[0]});
}

Value property_set(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__set__", {"instance", "value"});
    I.call(self.as<PropertyObj>()->fset, {a[0], a[1]});
    return Value();
}

Value classmethod_new(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "classmethod", {"cls", "function"});
    return Value(I.heap.make<ClassMethodObj>(a[1]));
}

Value staticmethod_new(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "staticmethod", {"cls", "function"});
    return Value(I.heap.make<StaticMethodObj>(a[1]));
}

Value classmethod_get(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__get__", {"instance", "owner="});
    Value owner = a.has(1) && !a[1].is_none() ? a[1] : Value(I.type_of(a[0]));
    return Value(I.heap.make<BoundMethodObj>(self.as<ClassMethodObj>()->function, owner));
}

// super() with no arguments reads __class__ and the first argument of the calling method.
Value super_new(Interp& I, const Value&, CallArgs& args, const Value&) {
    if (args.pos.size() >= 3) {
        ClassObj* type = class_arg(I, args.pos[1], "super() argument 1");
        return Value(I.heap.make<SuperObj>(Ref<ClassObj>(type), args.pos[2]));
    }
    if (args.pos.size() == 2) {
        ClassObj* type = class_arg(I, args.pos[1], "super() argument 1");
        return Value(I.heap.make<SuperObj>(Ref<ClassObj>(type), Value(type)));
    }
    const auto& frames = I.frames();
    if (frames.empty()) I.raise("RuntimeError", "super(): no arguments");
    Frame& f = *frames.back();
    if (f.code == nullptr || f.closure == nullptr) I.raise("RuntimeError", "super(): no arguments");
    const CodeInfo& code = *f.code;
    int k = -1;
    for (std::size_t i = 0; i < code.free.size(); ++i)
        if (code.free[i] == "__class__") k = static_cast<int>(i);
    if (k < 0) I.raise("RuntimeError", "super(): __class__ cell not found");
    const CellObj& cell = *(*f.closure)[static_cast<std::size_t>(k)];
    if (cell.empty || !cell.value.is(ObjType::Class)) I.raise("RuntimeError", "super(): empty __class__ cell");
    if (code.slots.empty() || (code.positional + code.keyword_only == 0 && code.star_slot < 0))
        I.raise("RuntimeError", "super(): no arguments");
    Value first = f.slots[0];
    if (const CellObj* c = first.get<CellObj>(); c != nullptr && code.is_cell[0]) first = c->value;
    if (first.is_unbound()) I.raise("RuntimeError", "super(): arg[0] deleted");
    return Value(I.heap.make<SuperObj>(Ref<ClassObj>(cell.value.as<ClassObj>()), first));
}

// ---- BaseException ----------------------------------------------------------------------------------

Value exception_new(Interp& I, const Value&, CallArgs& args, const Value&) {
    ClassObj* cls = class_arg(I, args.pos.at(0), "BaseException.__new__(X):");
    std::vector<Value> rest(args.pos.begin() + 1, args.pos.end());
    return I.make_exception(cls, std::move(rest));
}

Value exception_init(Interp& I, const Value& self, CallArgs& args, const Value&) {
    if (!args.kw.empty()) I.type_error(I.type_name(self) + "() takes no keyword arguments");
    if (InstanceObj* e = self.get<InstanceObj>()) e->args = I.tuple(args.pos);
    return Value();
}

Value exception_str(Interp& I, const Value& self, CallArgs&, const Value&) {
    const InstanceObj* e = self.get<InstanceObj>();
    std::vector<Value> a = e && !e->args.is_none() ? I.to_vector(e->args) : std::vector<Value>{};
    if (a.empty()) return I.str("");
    if (a.size() == 1) return I.str(I.type_of(self)->is_subclass_of(I.t.exc("KeyError")) ? I.repr(a[0]) : I.to_str(a[0]));
    return I.str(I.repr(I.tuple(a)));
}

Value exception_repr(Interp& I, const Value& self, CallArgs&, const Value&) {
    const InstanceObj* e = self.get<InstanceObj>();
    std::vector<Value> a = e && !e->args.is_none() ? I.to_vector(e->args) : std::vector<Value>{};
    std::string inner;
    for (std::size_t i = 0; i < a.size(); ++i)
        inner += (i ? ", " : "") + I.repr(a[i]);
    return I.str(I.type_of(self)->name + "(" + inner + ")");
}

Value exception_with_traceback(Interp&, const Value& self, CallArgs&, const Value&) {
    return self;
}

Value exception_add_note(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "add_note", {"note"});
    Value notes = I.getattr_if(self, "__notes__").value_or(Value());
    if (notes.is_none()) {
        notes = I.list();
        I.setattr(self, "__notes__", notes);
    }
    notes.as<ListObj>()->items.push_back(a[0]);
    return Value();
}

} // namespace

void install_object_methods(Interp& I) {
    ClassObj& object = *I.t.object;
    I.t.object->dict->set(I, "__new__", Value(I.heap.make<StaticMethodObj>(I.builtin("__new__", object_new))));
    add_method(I, object, "__init__", object_init);
    add_method(I, object, "__eq__", object_eq);
    add_method(I, object, "__ne__", object_ne);
    add_method(I, object, "__hash__", object_hash);
    add_method(I, object, "__repr__", object_repr);
    add_method(I, object, "__str__", object_str);
    add_method(I, object, "__setattr__", object_setattr);
    add_method(I, object, "__delattr__", object_delattr);
    add_method(I, object, "__getattribute__", object_getattribute);
    add_method(I, object, "__format__", object_format);
    add_method(I, object, "__dir__", object_dir);
    add_classmethod(I, object, "__init_subclass__", object_init_subclass);

    ClassObj& type = *I.t.type;
    type.dict->set(I, "__new__", Value(I.heap.make<StaticMethodObj>(I.builtin("__new__", type_new))));
    add_method(I, type, "__init__", type_init);
    add_method(I, type, "__call__", type_call);
    add_method(I, type, "mro", type_mro);
    add_method(I, type, "__instancecheck__", type_instancecheck);
    add_method(I, type, "__subclasscheck__", type_subclasscheck);
    add_method(I, type, "__or__", type_or);
    add_method(I, type, "__ror__", type_or);

    I.t.property->dict->set(I, "__new__", Value(I.heap.make<StaticMethodObj>(I.builtin("__new__", property_new))));
    add_method(I, *I.t.property, "getter", property_with, Value::integer(0));
    add_method(I, *I.t.property, "setter", property_with, Value::integer(1));
    add_method(I, *I.t.property, "deleter", property_with, Value::integer(2));
    add_method(I, *I.t.property, "__get__", property_get);
    add_method(I, *I.t.property, "__set__", property_set);
    I.t.classmethod->dict->set(I, "__new__", Value(I.heap.make<StaticMethodObj>(I.builtin("__new__", classmethod_new))));
    add_method(I, *I.t.classmethod, "__get__", classmethod_get);
    I.t.staticmethod->dict->set(I, "__new__", Value(I.heap.make<StaticMethodObj>(I.builtin("__new__", staticmethod_new))));
    I.t.super->dict->set(I, "__new__", Value(I.heap.make<StaticMethodObj>(I.builtin("__new__", super_new))));

    ClassObj& base = *I.t.exc("BaseException");
    base.dict->set(I, "__new__", Value(I.heap.make<StaticMethodObj>(I.builtin("__new__", exception_new))));
    add_method(I, base, "__init__", exception_init);
    add_method(I, base, "__str__", exception_str);
    add_method(I, base, "__repr__", exception_repr);
    add_method(I, base, "with_traceback", exception_with_traceback);
    add_method(I, base, "add_note", exception_add_note);
}

} // namespace revlab::py
