// The builtin types' constructors, as __new__ (and __init__ for the mutable ones), so that
// subclasses work as in Python: class Color(str, Enum) makes str values through str.__new__, and
// class AttrDict(dict) fills its dict through dict.__init__.
#include "py/floats.hpp"
#include "py/runtime/args.hpp"
#include "py/runtime/classes.hpp"
#include "py/runtime/dispatch.hpp"
#include "py/runtime/setup.hpp"

namespace revlab::py {

namespace {

ClassObj& cls_of(Interp& I, CallArgs& args) {
    if (args.pos.empty() || !args.pos[0].is(ObjType::Class)) I.type_error("__new__ needs a type as its first argument");
    ClassObj& c = *args.pos[0].as<ClassObj>();
    args.pos.erase(args.pos.begin());
    return c;
}

// The value for a builtin type itself, or an instance of the subclass holding it.
Value wrap(Interp& I, ClassObj& cls, Value v) {
    if (cls.is_builtin_type) return v;
    Ref<InstanceObj> inst = I.heap.make<InstanceObj>(Ref<ClassObj>(&cls));
    inst->base = std::move(v);
    return Value(inst);
}

Value int_from(Interp& I, const Value& x, const Value& base) {
    try {
        if (!base.is_unbound()) {
            const std::int64_t b = I.index(base, "base");
            const Value& s = unwrap(x);
            if (const StrObj* str = s.get<StrObj>()) return I.integer(BigInt::parse(str->text, static_cast<int>(b)));
            if (const BytesObj* by = s.get<BytesObj>()) return I.integer(BigInt::parse(by->bytes, static_cast<int>(b)));
            I.type_error("int() can't convert non-string with explicit base");
        }
        if (x.is_int()) return x;
        if (x.is_bool()) return Value::integer(x.as_bool());
        if (x.is(ObjType::BigInt)) return x;
        if (x.is_float()) return I.integer(BigInt::from_double(x.as_float()));
        if (const StrObj* s = x.get<StrObj>()) return I.integer(BigInt::parse(s->text, 10));
        if (const BytesObj* b = x.get<BytesObj>()) return I.integer(BigInt::parse(b->bytes, 10));
        for (const char* dunder : {"__int__", "__index__", "__trunc__"})
            if (const Value* f = user_dunder(I, x, dunder)) {
                Value r = call_dunder(I, *f, x, {});
                if (!I.is_int(r)) I.type_error(std::string(dunder) + " returned non-int (type " + I.type_name(r) + ")");
                return r;
            }
        if (const InstanceObj* inst = x.get<InstanceObj>(); inst != nullptr && !inst->base.is_none())
            return int_from(I, inst->base, base);
    } catch (const NumberError& e) {
        I.number_error(e);
    }
    I.type_error("int() argument must be a string, a bytes-like object or a real number, not '" + I.type_name(x) + "'");
}

Value int_new(Interp& I, const Value&, CallArgs& args, const Value&) {
    ClassObj& cls = cls_of(I, args);
    Args a(I, args, "int", {"x=", "base="});
    Value v = a.has(0) ? int_from(I, a[0], a[1]) : Value::integer(0);
    if (a.has(1) && !a.has(0)) I.type_error("int() missing string argument");
    if (v.is_bool()) v = Value::integer(v.as_bool());
    return wrap(I, cls, v);
}

Value bool_new(Interp& I, const Value&, CallArgs& args, const Value&) {
    cls_of(I, args);
    Args a(I, args, "bool", {"x=", "/"});
    return Value::boolean(a.has(0) && I.truthy(a[0]));
}

Value float_new(Interp& I, const Value&, CallArgs& args, const Value&) {
    ClassObj& cls = cls_of(I, args);
    Args a(I, args, "float", {"x=", "/"});
    if (!a.has(0)) return wrap(I, cls, Value::floating(0.0));
    const Value& x = unwrap(a[0]);
    try {
        if (const StrObj* s = x.get<StrObj>()) return wrap(I, cls, Value::floating(parse_float(s->text)));
        if (const BytesObj* b = x.get<BytesObj>()) return wrap(I, cls, Value::floating(parse_float(b->bytes)));
    } catch (const NumberError& e) {
        I.number_error(e);
    }
    if (const Value* f = user_dunder(I, a[0], "__float__")) return wrap(I, cls, call_dunder(I, *f, a[0], {}));
    if (!I.is_int(x) && !x.is_float() && !user_dunder(I, a[0], "__index__"))
        I.type_error("float() argument must be a string or a real number, not '" + I.type_name(a[0]) + "'");
    return wrap(I, cls, Value::floating(I.to_float(x, "float()")));
}

Value str_new(Interp& I, const Value&, CallArgs& args, const Value&) {
    ClassObj& cls = cls_of(I, args);
    Args a(I, args, "str", {"object=", "encoding=", "errors="});
    if (!a.has(0)) return wrap(I, cls, I.str(""));
    if (a.has(1) || a.has(2)) {
        const BytesObj* b = unwrap(a[0]).get<BytesObj>();
        if (b == nullptr) I.type_error("decoding to str: need a bytes-like object, " + I.type_name(a[0]) + " found");
        return wrap(I, cls, I.call_method(a[0], "decode", CallArgs{a.get(1, I.str("utf-8")), a.get(2, I.str("strict"))}));
    }
    return wrap(I, cls, I.str(I.to_str(a[0])));
}

Value bytes_new(Interp& I, const Value&, CallArgs& args, const Value&) {
    ClassObj& cls = cls_of(I, args);
    Args a(I, args, "bytes", {"source=", "encoding=", "errors="});
    if (!a.has(0)) return wrap(I, cls, I.bytes(""));
    const Value& src = unwrap(a[0]);
    if (src.is(ObjType::Str)) {
        if (!a.has(1)) I.type_error("string argument without an encoding");
        return wrap(I, cls, I.call_method(a[0], "encode", CallArgs{a[1], a.get(2, I.str("strict"))}));
    }
    if (src.is(ObjType::Bytes)) return wrap(I, cls, src);
    if (I.is_int(src)) {
        const std::int64_t n = I.index(src, "bytes");
        if (n < 0) I.value_error("negative count");
        I.heap.reserve(static_cast<std::size_t>(n));
        return wrap(I, cls, I.bytes(std::string(static_cast<std::size_t>(n), '\0')));
    }
    std::string out;
    for (const Value& v : I.to_vector(a[0])) {
        const std::int64_t n = I.index(v, "bytes");
        if (n < 0 || n > 255) I.value_error("bytes must be in range(0, 256)");
        out += static_cast<char>(n);
    }
    return wrap(I, cls, I.bytes(std::move(out)));
}

Value tuple_new(Interp& I, const Value&, CallArgs& args, const Value&) {
    ClassObj& cls = cls_of(I, args);
    Args a(I, args, "tuple", {"iterable=", "/"});
    if (a.has(0) && a[0].is(ObjType::Tuple) && cls.is_builtin_type) return a[0];
    return wrap(I, cls, I.tuple(a.has(0) ? I.to_vector(a[0]) : std::vector<Value>{}));
}

Value frozenset_new(Interp& I, const Value&, CallArgs& args, const Value&) {
    ClassObj& cls = cls_of(I, args);
    Args a(I, args, "frozenset", {"iterable=", "/"});
    Value s = I.set(true);
    if (a.has(0))
        for (const Value& v : I.to_vector(a[0]))
            s.as<SetObj>()->table->set(I, v, Value());
    return wrap(I, cls, s);
}

// list, dict and set: an empty value now, filled by __init__.
Value list_new(Interp& I, const Value&, CallArgs& args, const Value&) {
    return wrap(I, cls_of(I, args), I.list());
}

Value list_init(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "list", {"iterable=", "/"});
    ListObj* l = unwrap(self).get<ListObj>();
    if (l == nullptr) I.type_error("descriptor '__init__' requires a 'list' object");
    l->items.clear();
    if (a.has(0)) l->items = I.to_vector(a[0]);
    l->resized();
    return Value();
}

Value dict_new(Interp& I, const Value&, CallArgs& args, const Value&) {
    return wrap(I, cls_of(I, args), Value(I.dict()));
}

Value dict_init(Interp& I, const Value& self, CallArgs& args, const Value&) {
    if (args.pos.size() > 1) I.type_error("dict expected at most 1 argument, got " + std::to_string(args.pos.size()));
    I.call_method(self, "update", std::move(args));
    return Value();
}

Value set_new(Interp& I, const Value&, CallArgs& args, const Value&) {
    return wrap(I, cls_of(I, args), I.set());
}

Value set_init(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "set", {"iterable=", "/"});
    SetObj* s = unwrap(self).get<SetObj>();
    if (s == nullptr) I.type_error("descriptor '__init__' requires a 'set' object");
    s->table->clear_all();
    if (a.has(0))
        for (const Value& v : I.to_vector(a[0]))
            s->table->set(I, v, Value());
    return Value();
}

std::int64_t range_arg(Interp& I, const Value& v) {
    if (!I.is_int(v) && !user_dunder(I, v, "__index__"))
        I.type_error("'" + I.type_name(v) + "' object cannot be interpreted as an integer");
    if (v.is(ObjType::BigInt)) I.raise("OverflowError", "Python int too large to convert to C ssize_t");
    return I.index(v, "range");
}

Value range_new(Interp& I, const Value&, CallArgs& args, const Value&) {
    cls_of(I, args);
    if (!args.kw.empty()) I.type_error("range() takes no keyword arguments");
    const auto& p = args.pos;
    if (p.empty()) I.type_error("range expected at least 1 argument, got 0");
    if (p.size() > 3) I.type_error("range expected at most 3 arguments, got " + std::to_string(p.size()));
    std::int64_t start = 0, stop, step = 1;
    if (p.size() == 1) {
        stop = range_arg(I, p[0]);
    } else {
        start = range_arg(I, p[0]);
        stop = range_arg(I, p[1]);
        if (p.size() == 3) step = range_arg(I, p[2]);
    }
    if (step == 0) I.value_error("range() arg 3 must not be zero");
    return Value(I.heap.make<RangeObj>(start, stop, step));
}

Value slice_new(Interp& I, const Value&, CallArgs& args, const Value&) {
    cls_of(I, args);
    const auto& p = args.pos;
    if (p.empty() || p.size() > 3) I.type_error("slice expected at least 1 argument, got " + std::to_string(p.size()));
    if (p.size() == 1) return Value(I.heap.make<SliceObj>(Value(), p[0], Value()));
    return Value(I.heap.make<SliceObj>(p[0], p[1], p.size() == 3 ? p[2] : Value()));
}

void set_new_fn(Interp& I, ClassObj& cls, NativeFn fn) {
    cls.dict->set(I, "__new__", Value(I.heap.make<StaticMethodObj>(I.builtin("__new__", fn))));
}

} // namespace

void install_constructors(Interp& I) {
    set_new_fn(I, *I.t.int_, int_new);
    set_new_fn(I, *I.t.bool_, bool_new);
    set_new_fn(I, *I.t.float_, float_new);
    set_new_fn(I, *I.t.str, str_new);
    set_new_fn(I, *I.t.bytes, bytes_new);
    set_new_fn(I, *I.t.tuple, tuple_new);
    set_new_fn(I, *I.t.frozenset, frozenset_new);
    set_new_fn(I, *I.t.list, list_new);
    add_method(I, *I.t.list, "__init__", list_init);
    set_new_fn(I, *I.t.dict, dict_new);
    add_method(I, *I.t.dict, "__init__", dict_init);
    set_new_fn(I, *I.t.set, set_new);
    add_method(I, *I.t.set, "__init__", set_init);
    set_new_fn(I, *I.t.range, range_new);
    set_new_fn(I, *I.t.slice, slice_new);
}

} // namespace revlab::py
