// The operator dunders of the builtin types as attributes (int.__add__, str.__lt__, dict.__eq__),
// for the code that names them: super().__eq__(other) in a subclass, functools.total_ordering,
// operator tables. Each applies the object protocol to the builtin value; the interpreter's own
// operators never go through them (protocol.cpp and arith.cpp handle the builtin types directly).
#include "py/runtime/args.hpp"
#include "py/runtime/classes.hpp"
#include "py/runtime/dispatch.hpp"
#include "py/runtime/setup.hpp"

namespace revlab::py {

namespace {

struct Dunder {
    const char* name;
    Op op;
    bool reflected;
};

constexpr Dunder kBinary[] = {
    {"__add__", Op::Add, false},       {"__radd__", Op::Add, true},          {"__sub__", Op::Sub, false},
    {"__rsub__", Op::Sub, true},       {"__mul__", Op::Mult, false},         {"__rmul__", Op::Mult, true},
    {"__truediv__", Op::Div, false},   {"__rtruediv__", Op::Div, true},      {"__floordiv__", Op::FloorDiv, false},
    {"__rfloordiv__", Op::FloorDiv, true}, {"__mod__", Op::Mod, false},      {"__rmod__", Op::Mod, true},
    {"__pow__", Op::Pow, false},       {"__rpow__", Op::Pow, true},          {"__lshift__", Op::LShift, false},
    {"__rshift__", Op::RShift, false}, {"__and__", Op::BitAnd, false},       {"__rand__", Op::BitAnd, true},
    {"__or__", Op::BitOr, false},      {"__ror__", Op::BitOr, true},         {"__xor__", Op::BitXor, false},
    {"__rxor__", Op::BitXor, true},
};

constexpr Dunder kCompare[] = {
    {"__lt__", Op::Lt, false}, {"__le__", Op::LtE, false}, {"__gt__", Op::Gt, false},
    {"__ge__", Op::GtE, false}, {"__eq__", Op::Eq, false}, {"__ne__", Op::NotEq, false},
};

// NotImplemented instead of a TypeError, as the dunders themselves answer.
Value binary_dunder(Interp& I, const Value& self, CallArgs& args, const Value& data) {
    Args a(I, args, "operator", {"value", "/"});
    const Dunder& d = kBinary[data.as_int()];
    const Value& x = builtin_self(self);
    try {
        return d.reflected ? I.binary(d.op, builtin_self(a[0]), x) : I.binary(d.op, x, builtin_self(a[0]));
    } catch (PyException& e) {
        if (I.isinstance(e.exc, I.t.exc("TypeError"))) return Value::not_implemented();
        throw;
    }
}

Value compare_dunder(Interp& I, const Value& self, CallArgs& args, const Value& data) {
    Args a(I, args, "comparison", {"value", "/"});
    const Dunder& d = kCompare[data.as_int()];
    const Value& x = builtin_self(self);
    const Value& y = builtin_self(a[0]);
    if (d.op == Op::Eq || d.op == Op::NotEq) {
        if (I.type_of(x) != I.type_of(y) && !(I.is_int(x) || x.is_float()) ) {
            const bool same_kind = (x.is(ObjType::Set) || x.is(ObjType::FrozenSet)) && (y.is(ObjType::Set) || y.is(ObjType::FrozenSet));
            if (!same_kind) return Value::not_implemented();
        }
        const bool r = I.eq(x, y);
        return Value::boolean(d.op == Op::Eq ? r : !r);
    }
    try {
        return I.compare(d.op, x, y);
    } catch (PyException& e) {
        if (I.isinstance(e.exc, I.t.exc("TypeError"))) return Value::not_implemented();
        throw;
    }
}

Value unary_dunder(Interp& I, const Value& self, CallArgs& args, const Value& data) {
    no_args(I, args, "unary");
    const std::string which = I.to_str(data);
    const Value& x = builtin_self(self);
    if (which == "__neg__") return I.unary(Op::USub, x);
    if (which == "__pos__") return I.unary(Op::UAdd, x);
    if (which == "__invert__") return I.unary(Op::Invert, x);
    if (which == "__abs__") return I.call(*I.builtins->find("abs"), {x});
    if (which == "__bool__") return Value::boolean(I.truthy(x));
    if (which == "__hash__") return Value::integer(I.hash(x));
    if (which == "__repr__") return I.str(I.repr(x));
    if (which == "__str__") return I.str(I.to_str(x));
    if (which == "__float__") return Value::floating(I.to_float(x, "float()"));
    if (which == "__int__" || which == "__index__" || which == "__trunc__") return I.call(Value(I.t.int_), {x});
    if (which == "__len__") return Value::integer(I.len(x));
    if (which == "__iter__") return I.iter(x);
    I.type_error(which);
}

Value item_dunder(Interp& I, const Value& self, CallArgs& args, const Value& data) {
    const std::string which = I.to_str(data);
    const Value& x = builtin_self(self);
    if (which == "__getitem__") {
        Args a(I, args, which, {"key", "/"});
        return I.getitem(x, a[0]);
    }
    if (which == "__contains__") {
        Args a(I, args, which, {"key", "/"});
        return Value::boolean(I.contains(x, a[0]));
    }
    if (which == "__setitem__") {
        Args a(I, args, which, {"key", "value", "/"});
        I.setitem(x, a[0], a[1]);
        return Value();
    }
    Args a(I, args, which, {"key", "/"});
    I.delitem(x, a[0]);
    return Value();
}

Value format_dunder(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__format__", {"format_spec", "/"});
    return I.format(builtin_self(self), I.to_str(a[0]));
}

void install_missing(Interp& I, ClassObj& c, const char* name, NativeFn fn, Value data) {
    if (c.dict->find(name) == nullptr) add_method(I, c, name, fn, std::move(data));
}

} // namespace

void install_dunder_methods(Interp& I) {
    const Ref<ClassObj> numbers[] = {I.t.int_, I.t.float_, I.t.bool_};
    const Ref<ClassObj> all[] = {I.t.int_, I.t.float_, I.t.bool_, I.t.str, I.t.bytes, I.t.list, I.t.tuple,
                                 I.t.dict, I.t.set, I.t.frozenset, I.t.range};
    for (const Ref<ClassObj>& c : all) {
        for (std::size_t i = 0; i < std::size(kCompare); ++i)
            install_missing(I, *c, kCompare[i].name, compare_dunder, Value::integer(static_cast<std::int64_t>(i)));
        for (const char* u : {"__repr__", "__str__", "__bool__"})
            install_missing(I, *c, u, unary_dunder, I.str(u));
        install_missing(I, *c, "__format__", format_dunder, Value());
        if (c != I.t.list && c != I.t.dict && c != I.t.set) install_missing(I, *c, "__hash__", unary_dunder, I.str("__hash__"));
    }
    for (const Ref<ClassObj>& c : numbers) {
        for (std::size_t i = 0; i < std::size(kBinary); ++i)
            install_missing(I, *c, kBinary[i].name, binary_dunder, Value::integer(static_cast<std::int64_t>(i)));
        for (const char* u : {"__neg__", "__pos__", "__abs__", "__float__", "__int__", "__trunc__"})
            install_missing(I, *c, u, unary_dunder, I.str(u));
    }
    install_missing(I, *I.t.int_, "__invert__", unary_dunder, I.str("__invert__"));
    for (const Ref<ClassObj>& c : {I.t.str, I.t.bytes, I.t.list, I.t.tuple}) {
        for (const char* op : {"__add__", "__mul__", "__rmul__", "__mod__"})
            for (std::size_t i = 0; i < std::size(kBinary); ++i)
                if (std::string(kBinary[i].name) == op)
                    install_missing(I, *c, op, binary_dunder, Value::integer(static_cast<std::int64_t>(i)));
    }
    for (const Ref<ClassObj>& c : {I.t.set, I.t.frozenset, I.t.dict})
        for (const char* op : {"__or__", "__and__", "__sub__", "__xor__"})
            for (std::size_t i = 0; i < std::size(kBinary); ++i)
                if (std::string(kBinary[i].name) == op)
                    install_missing(I, *c, op, binary_dunder, Value::integer(static_cast<std::int64_t>(i)));
    for (const Ref<ClassObj>& c : {I.t.str, I.t.bytes, I.t.list, I.t.tuple, I.t.dict, I.t.set, I.t.frozenset, I.t.range}) {
        install_missing(I, *c, "__len__", unary_dunder, I.str("__len__"));
        install_missing(I, *c, "__iter__", unary_dunder, I.str("__iter__"));
        install_missing(I, *c, "__contains__", item_dunder, I.str("__contains__"));
    }
    for (const Ref<ClassObj>& c : {I.t.str, I.t.bytes, I.t.list, I.t.tuple, I.t.dict, I.t.range})
        install_missing(I, *c, "__getitem__", item_dunder, I.str("__getitem__"));
    for (const Ref<ClassObj>& c : {I.t.list, I.t.dict, I.t.set})
        c->dict->set(I, "__hash__", Value()); // unhashable, as in Python
    for (const Ref<ClassObj>& c : {I.t.list, I.t.dict}) {
        install_missing(I, *c, "__setitem__", item_dunder, I.str("__setitem__"));
        install_missing(I, *c, "__delitem__", item_dunder, I.str("__delitem__"));
    }
}

} // namespace revlab::py
