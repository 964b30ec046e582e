// Methods of set and frozenset, and the set operators | & - ^ (also on dict keys and items views).
#include "py/runtime/args.hpp"
#include "py/runtime/classes.hpp"
#include "py/runtime/dispatch.hpp"
#include "py/runtime/setup.hpp"

namespace revlab::py {

namespace {

// A set or a frozenset (SetObj under either ObjType), or nullptr.
SetObj* any_set(const Value& v) {
    return v.is(ObjType::Set) || v.is(ObjType::FrozenSet) ? v.as<SetObj>() : nullptr;
}

SetObj& self_set(Interp& I, const Value& self) {
    SetObj* s = any_set(builtin_self(self));
    if (s == nullptr) I.type_error("descriptor requires a 'set' object but received a '" + I.type_name(self) + "'");
    return *s;
}

SetObj& mutable_set(Interp& I, const Value& self) {
    SetObj& s = self_set(I, self);
    if (s.frozen) I.raise("AttributeError", "'frozenset' object has no attribute 'add'");
    return s;
}

std::vector<Value> keys_of(const DictObj& d) {
    std::vector<Value> out;
    for (const DictObj::Entry& e : d.entries())
        if (e.live) out.push_back(e.key);
    return out;
}

// The members of a set, or of any iterable.
std::vector<Value> members(Interp& I, const Value& v) {
    if (const SetObj* s = any_set(unwrap(v))) return keys_of(*s->table);
    return I.to_vector(v);
}

Value new_set_like(Interp& I, const Value& like) {
    const SetObj* s = any_set(unwrap(like));
    return I.set(s != nullptr && s->frozen);
}

Value set_add(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "add", {"object", "/"});
    SetObj& s = mutable_set(I, self);
    s.table->set(I, a[0], Value());
    return Value();
}

Value set_discard(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "discard", {"object", "/"});
    mutable_set(I, self).table->erase(I, a[0]);
    return Value();
}

Value set_remove(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "remove", {"object", "/"});
    if (!mutable_set(I, self).table->erase(I, a[0])) I.raise_value(I.make_exception(I.t.exc("KeyError"), {a[0]}));
    return Value();
}

Value set_pop(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "pop");
    SetObj& s = mutable_set(I, self);
    for (const DictObj::Entry& e : s.table->entries())
        if (e.live) {
            Value k = e.key;
            s.table->erase(I, k);
            return k;
        }
    I.raise("KeyError", "pop from an empty set");
}

Value set_clear(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "clear");
    mutable_set(I, self).table->clear_all();
    return Value();
}

Value set_copy(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "copy");
    const SetObj& s = self_set(I, self);
    Value out = I.set(s.frozen);
    for (const DictObj::Entry& e : s.table->entries())
        if (e.live) out.as<SetObj>()->table->set(I, e.key, e.hash, Value());
    return out;
}

// union, intersection, difference, symmetric_difference with any number of iterables.
Value set_op_method(Interp& I, const Value& self, CallArgs& args, const Value& which) {
    CallArgs none;
    Value result = set_copy(I, self, none, Value());
    const Op op = static_cast<Op>(which.as_int());
    for (const Value& other : args.pos) {
        Value tmp = I.set();
        for (const Value& v : members(I, other))
            tmp.as<SetObj>()->table->set(I, v, Value());
        result = set_operation(I, op, result, tmp);
    }
    if (self_set(I, self).frozen && !result.as<SetObj>()->frozen) {
        Value frozen = I.set(true);
        frozen.as<SetObj>()->table = result.as<SetObj>()->table;
        return frozen;
    }
    return result;
}

Value set_update_method(Interp& I, const Value& self, CallArgs& args, const Value& which) {
    SetObj& s = mutable_set(I, self);
    Value result = set_op_method(I, self, args, which);
    s.table = result.as<SetObj>()->table;
    return Value();
}

Value set_isdisjoint(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "isdisjoint", {"other", "/"});
    const SetObj& s = self_set(I, self);
    for (const Value& v : members(I, a[0]))
        if (s.table->find(I, v)) return Value::boolean(false);
    return Value::boolean(true);
}

Value set_issubset(Interp& I, const Value& self, CallArgs& args, const Value& super) {
    Args a(I, args, super.as_bool() ? "issuperset" : "issubset", {"other", "/"});
    Value other = I.set();
    for (const Value& v : members(I, a[0]))
        other.as<SetObj>()->table->set(I, v, Value());
    SetObj& s = self_set(I, self);
    return Value::boolean(super.as_bool() ? set_subset(I, *other.as<SetObj>(), s) : set_subset(I, s, *other.as<SetObj>()));
}

Value set_len(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "__len__");
    return Value::integer(static_cast<std::int64_t>(self_set(I, self).table->size()));
}

Value set_contains(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__contains__", {"key", "/"});
    return Value::boolean(self_set(I, self).table->find(I, a[0]) != nullptr);
}

} // namespace

Value set_operation(Interp& I, Op op, const Value& a, const Value& b) {
    std::vector<Value> left = members(I, a.is(ObjType::DictView) ? I.list(I.to_vector(a)) : a);
    std::vector<Value> right_items = members(I, b.is(ObjType::DictView) ? I.list(I.to_vector(b)) : b);
    Value right = I.set();
    for (const Value& v : right_items)
        right.as<SetObj>()->table->set(I, v, Value());
    Value out = a.is(ObjType::DictView) ? I.set() : new_set_like(I, a);
    DictObj& o = *out.as<SetObj>()->table;
    const DictObj& r = *right.as<SetObj>()->table;
    switch (op) {
    case Op::BitOr:
        for (const Value& v : left)
            o.set(I, v, Value());
        for (const Value& v : right_items)
            o.set(I, v, Value());
        break;
    case Op::BitAnd:
        for (const Value& v : left)
            if (r.find(I, v)) o.set(I, v, Value());
        break;
    case Op::Sub:
        for (const Value& v : left)
            if (!r.find(I, v)) o.set(I, v, Value());
        break;
    default: { // ^
        Value l = I.set();
        for (const Value& v : left)
            l.as<SetObj>()->table->set(I, v, Value());
        for (const Value& v : left)
            if (!r.find(I, v)) o.set(I, v, Value());
        for (const Value& v : right_items)
            if (!l.as<SetObj>()->table->find(I, v)) o.set(I, v, Value());
        break;
    }
    }
    return out;
}

void install_set_methods(Interp& I) {
    for (ClassObj* c : {I.t.set.get(), I.t.frozenset.get()}) {
        add_method(I, *c, "copy", set_copy);
        add_method(I, *c, "union", set_op_method, Value::integer(static_cast<int>(Op::BitOr)));
        add_method(I, *c, "intersection", set_op_method, Value::integer(static_cast<int>(Op::BitAnd)));
        add_method(I, *c, "difference", set_op_method, Value::integer(static_cast<int>(Op::Sub)));
        add_method(I, *c, "symmetric_difference", set_op_method, Value::integer(static_cast<int>(Op::BitXor)));
        add_method(I, *c, "isdisjoint", set_isdisjoint);
        add_method(I, *c, "issubset", set_issubset, Value::boolean(false));
        add_method(I, *c, "issuperset", set_issubset, Value::boolean(true));
        add_method(I, *c, "__len__", set_len);
        add_method(I, *c, "__contains__", set_contains);
    }
    ClassObj& set = *I.t.set;
    add_method(I, set, "add", set_add);
    add_method(I, set, "discard", set_discard);
    add_method(I, set, "remove", set_remove);
    add_method(I, set, "pop", set_pop);
    add_method(I, set, "clear", set_clear);
    add_method(I, set, "update", set_update_method, Value::integer(static_cast<int>(Op::BitOr)));
    add_method(I, set, "intersection_update", set_update_method, Value::integer(static_cast<int>(Op::BitAnd)));
    add_method(I, set, "difference_update", set_update_method, Value::integer(static_cast<int>(Op::Sub)));
    add_method(I, set, "symmetric_difference_update", set_update_method, Value::integer(static_cast<int>(Op::BitXor)));
}

} // namespace revlab::py
