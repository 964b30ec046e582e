// Methods of dict and of its keys/values/items views.
#include "py/runtime/args.hpp"
#include "py/runtime/classes.hpp"
#include "py/runtime/dispatch.hpp"
#include "py/runtime/setup.hpp"

namespace revlab::py {

namespace {

DictObj& self_dict(Interp& I, const Value& self) {
    DictObj* d = builtin_self(self).get<DictObj>();
    if (d == nullptr) I.type_error("descriptor requires a 'dict' object but received a '" + I.type_name(self) + "'");
    return *d;
}

std::vector<std::pair<Value, Value>> snapshot(const DictObj& d) {
    std::vector<std::pair<Value, Value>> out;
    out.reserve(d.size());
    for (const DictObj::Entry& e : d.entries())
        if (e.live) out.emplace_back(e.key, e.value);
    return out;
}

Value dict_get(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "get", {"key", "default=", "/"});
    if (const Value* v = self_dict(I, self).find(I, a[0])) return *v;
    return a.get(1);
}

Value dict_setdefault(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "setdefault", {"key", "default=", "/"});
    DictObj& d = self_dict(I, self);
    if (const Value* v = d.find(I, a[0])) return *v;
    d.set(I, a[0], a.get(1));
    return a.get(1);
}

Value dict_pop(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "pop", {"key", "default=", "/"});
    Value old;
    if (self_dict(I, self).erase(I, a[0], &old)) return old;
    if (a.has(1)) return a[1];
    I.raise_value(I.make_exception(I.t.exc("KeyError"), {a[0]}));
}

Value dict_popitem(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "popitem");
    DictObj& d = self_dict(I, self);
    const auto& entries = d.entries();
    for (auto it = entries.rbegin(); it != entries.rend(); ++it)
        if (it->live) {
            Value k = it->key, v = it->value;
            d.erase(I, k);
            return I.tuple({k, v});
        }
    I.raise("KeyError", "popitem(): dictionary is empty");
}

// update(mapping_or_pairs, **kwargs)
Value dict_update(Interp& I, const Value& self, CallArgs& args, const Value&) {
    if (args.pos.size() > 1) I.type_error("update expected at most 1 argument, got " + std::to_string(args.pos.size()));
    DictObj& d = self_dict(I, self);
    Ref<DictObj> keep(&d);
    if (!args.pos.empty()) {
        const Value& src = args.pos[0];
        if (const DictObj* other = unwrap(src).get<DictObj>(); other != nullptr && user_dunder(I, src, "keys") == nullptr) {
            for (auto& [k, v] : snapshot(*other))
                d.set(I, k, v);
        } else if (std::optional<Value> keys = I.getattr_if(src, "keys")) {
            for (const Value& k : I.to_vector(I.call(*keys, CallArgs{})))
                d.set(I, k, I.getitem(src, k));
        } else {
            std::size_t n = 0;
            for (const Value& pair : I.to_vector(src)) {
                std::vector<Value> kv;
                try {
                    kv = I.to_vector(pair);
                } catch (PyException& e) {
                    if (!I.isinstance(e.exc, I.t.exc("TypeError"))) throw;
                    I.type_error("cannot convert dictionary update sequence element #" + std::to_string(n) +
                                 " to a sequence");
                }
                if (kv.size() != 2)
                    I.value_error("dictionary update sequence element #" + std::to_string(n) + " has length " +
                                  std::to_string(kv.size()) + "; 2 is required");
                d.set(I, kv[0], kv[1]);
                ++n;
            }
        }
    }
    for (auto& [k, v] : args.kw)
        d.set(I, k, std::move(v));
    return Value();
}

Value dict_clear(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "clear");
    self_dict(I, self).clear_all();
    return Value();
}

Value dict_copy(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "copy");
    Ref<DictObj> out = I.dict();
    for (const DictObj::Entry& e : self_dict(I, self).entries())
        if (e.live) out->set(I, e.key, e.hash, e.value);
    return Value(out);
}

Value dict_view(Interp& I, const Value& self, CallArgs& args, const Value& kind) {
    no_args(I, args, "keys");
    return Value(I.heap.make<DictViewObj>(static_cast<DictViewObj::Kind>(kind.as_int()), Ref<DictObj>(&self_dict(I, self))));
}

Value dict_fromkeys(Interp& I, const Value& cls, CallArgs& args, const Value&) {
    Args a(I, args, "fromkeys", {"iterable", "value=", "/"});
    Value d = I.call(cls, CallArgs{});
    for (const Value& k : I.to_vector(a[0]))
        I.setitem(d, k, a.get(1));
    return d;
}

Value dict_getitem(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__getitem__", {"key", "/"});
    if (const Value* v = self_dict(I, self).find(I, a[0])) return *v;
    if (const Value* missing = user_dunder(I, self, "__missing__")) return call_dunder(I, *missing, self, {a[0]});
    I.raise_value(I.make_exception(I.t.exc("KeyError"), {a[0]}));
}

Value dict_setitem(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__setitem__", {"key", "value", "/"});
    self_dict(I, self).set(I, a[0], a[1]);
    return Value();
}

Value dict_delitem(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__delitem__", {"key", "/"});
    if (!self_dict(I, self).erase(I, a[0])) I.raise_value(I.make_exception(I.t.exc("KeyError"), {a[0]}));
    return Value();
}

Value dict_contains(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__contains__", {"key", "/"});
    return Value::boolean(self_dict(I, self).find(I, a[0]) != nullptr);
}

Value dict_len(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "__len__");
    return Value::integer(static_cast<std::int64_t>(self_dict(I, self).size()));
}

Value dict_iter(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "__iter__");
    return I.iter(Value(&self_dict(I, self)));
}

// dict views: isdisjoint and mapping
Value view_isdisjoint(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "isdisjoint", {"other", "/"});
    for (const Value& v : I.to_vector(a[0]))
        if (I.contains(self, v)) return Value::boolean(false);
    return Value::boolean(true);
}

} // namespace

void install_dict_methods(Interp& I) {
    ClassObj& dict = *I.t.dict;
    add_method(I, dict, "get", dict_get);
    add_method(I, dict, "setdefault", dict_setdefault);
    add_method(I, dict, "pop", dict_pop);
    add_method(I, dict, "popitem", dict_popitem);
    add_method(I, dict, "update", dict_update);
    add_method(I, dict, "clear", dict_clear);
    add_method(I, dict, "copy", dict_copy);
    add_method(I, dict, "keys", dict_view, Value::integer(static_cast<int>(DictViewObj::Kind::Keys)));
    add_method(I, dict, "values", dict_view, Value::integer(static_cast<int>(DictViewObj::Kind::Values)));
    add_method(I, dict, "items", dict_view, Value::integer(static_cast<int>(DictViewObj::Kind::Items)));
    add_classmethod(I, dict, "fromkeys", dict_fromkeys);
    add_method(I, dict, "__getitem__", dict_getitem);
    add_method(I, dict, "__setitem__", dict_setitem);
    add_method(I, dict, "__delitem__", dict_delitem);
    add_method(I, dict, "__contains__", dict_contains);
    add_method(I, dict, "__len__", dict_len);
    add_method(I, dict, "__iter__", dict_iter);
    for (ClassObj* view : {I.t.dict_keys.get(), I.t.dict_items.get()})
        add_method(I, *view, "isdisjoint", view_isdisjoint);
}

} // namespace revlab::py
