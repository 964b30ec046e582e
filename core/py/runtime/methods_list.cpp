// Methods of list and tuple. sort() is a stable merge sort (as Python's Timsort is stable), with
// key= and reverse=, comparing with < only, as Python does.
#include "py/runtime/args.hpp"
#include "py/runtime/classes.hpp"
#include "py/runtime/dispatch.hpp"
#include "py/runtime/setup.hpp"

#include <algorithm>

namespace revlab::py {

namespace {

ListObj& self_list(Interp& I, const Value& self) {
    ListObj* l = builtin_self(self).get<ListObj>();
    if (l == nullptr) I.type_error("descriptor requires a 'list' object but received a '" + I.type_name(self) + "'");
    return *l;
}

const std::vector<Value>& self_items(Interp& I, const Value& self) {
    const Value& v = builtin_self(self);
    if (const ListObj* l = v.get<ListObj>()) return l->items;
    if (const TupleObj* t = v.get<TupleObj>()) return t->items;
    I.type_error("descriptor requires a 'tuple' object but received a '" + I.type_name(self) + "'");
}

Value list_append(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "append", {"object", "/"});
    ListObj& l = self_list(I, self);
    l.items.push_back(a[0]);
    l.resized();
    return Value();
}

Value list_extend(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "extend", {"iterable", "/"});
    ListObj& l = self_list(I, self);
    std::vector<Value> more = I.to_vector(a[0]);
    l.items.insert(l.items.end(), more.begin(), more.end());
    l.resized();
    return Value();
}

Value list_insert(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "insert", {"index", "object", "/"});
    ListObj& l = self_list(I, self);
    const std::int64_t n = static_cast<std::int64_t>(l.items.size());
    std::int64_t i = I.index(a[0], "index");
    if (i < 0) i = std::max<std::int64_t>(0, i + n);
    if (i > n) i = n;
    l.items.insert(l.items.begin() + i, a[1]);
    l.resized();
    return Value();
}

Value list_pop(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "pop", {"index=", "/"});
    ListObj& l = self_list(I, self);
    if (l.items.empty()) I.raise("IndexError", "pop from empty list");
    std::int64_t i = a.has(0) ? I.index(a[0], "index") : -1;
    const std::int64_t n = static_cast<std::int64_t>(l.items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) I.raise("IndexError", "pop index out of range");
    Value v = std::move(l.items[static_cast<std::size_t>(i)]);
    l.items.erase(l.items.begin() + i);
    return v;
}

Value list_remove(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "remove", {"value", "/"});
    ListObj& l = self_list(I, self);
    for (std::size_t i = 0; i < l.items.size(); ++i) {
        Value x = l.items[i];
        if (x.same(a[0]) || I.eq(x, a[0])) {
            l.items.erase(l.items.begin() + static_cast<std::ptrdiff_t>(i));
            return Value();
        }
    }
    I.value_error("list.remove(x): x not in list");
}

Value list_clear(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "clear");
    ListObj& l = self_list(I, self);
    std::vector<Value> old = std::move(l.items);
    l.items.clear();
    l.resized();
    return Value();
}

Value list_copy(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "copy");
    return I.list(self_list(I, self).items);
}

Value list_reverse(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "reverse");
    ListObj& l = self_list(I, self);
    std::reverse(l.items.begin(), l.items.end());
    return Value();
}

Value seq_index(Interp& I, const Value& self, CallArgs& args, const Value& is_tuple) {
    Args a(I, args, "index", {"value", "start=", "stop=", "/"});
    std::vector<Value> items = self_items(I, self);
    const std::int64_t n = static_cast<std::int64_t>(items.size());
    auto clamp = [&](const Value& v, std::int64_t d) {
        if (v.is_unbound()) return d;
        std::int64_t x = I.index(v, "index");
        if (x < 0) x = std::max<std::int64_t>(0, x + n);
        return std::min(x, n);
    };
    for (std::int64_t i = clamp(a[1], 0), e = clamp(a[2], n); i < e; ++i)
        if (items[static_cast<std::size_t>(i)].same(a[0]) || I.eq(items[static_cast<std::size_t>(i)], a[0]))
            return Value::integer(i);
    I.value_error(is_tuple.as_bool() ? "tuple.index(x): x not in tuple" : I.repr(a[0]) + " is not in list");
}

Value seq_count(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "count", {"value", "/"});
    std::vector<Value> items = self_items(I, self);
    std::int64_t n = 0;
    for (const Value& x : items)
        n += x.same(a[0]) || I.eq(x, a[0]);
    return Value::integer(n);
}

} // namespace

// Sorts stably by `keys` (compared with <), applying the same moves to `values`.
void sort_values(Interp& I, std::vector<Value>& values, const Value& key, bool reverse) {
    const std::size_t n = values.size();
    std::vector<Value> keys;
    keys.reserve(n);
    for (const Value& v : values)
        keys.push_back(key.is_none() ? v : I.call(key, {v}));
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = i;
    // reverse=True keeps equal items in their original order, as Python's does
    auto less = [&](std::size_t x, std::size_t y) {
        I.step();
        return reverse ? I.compare_bool(Op::Lt, keys[y], keys[x]) : I.compare_bool(Op::Lt, keys[x], keys[y]);
    };
    std::stable_sort(order.begin(), order.end(), less);
    std::vector<Value> sorted;
    sorted.reserve(n);
    for (std::size_t i : order)
        sorted.push_back(std::move(values[i]));
    values = std::move(sorted);
}

namespace {

Value list_sort(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "sort", {"$key", "$reverse"});
    ListObj& l = self_list(I, self);
    std::vector<Value> items = std::move(l.items);
    l.items.clear(); // Python empties the list while sorting: a key that looks at it sees []
    Ref<ListObj> keep(&l);
    try {
        sort_values(I, items, a.get(0), a.has(1) && I.truthy(a[1]));
    } catch (...) {
        l.items = std::move(items);
        throw;
    }
    const bool modified = !l.items.empty();
    l.items = std::move(items);
    l.resized();
    if (modified) I.value_error("list modified during sort");
    return Value();
}

Value list_len(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "__len__");
    return Value::integer(I.len(builtin_self(self)));
}

Value list_getitem(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__getitem__", {"key", "/"});
    return I.getitem(builtin_self(self), a[0]);
}

Value list_setitem(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__setitem__", {"key", "value", "/"});
    I.setitem(builtin_self(self), a[0], a[1]);
    return Value();
}

Value list_contains(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__contains__", {"key", "/"});
    return Value::boolean(I.contains(builtin_self(self), a[0]));
}

Value list_iter(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "__iter__");
    return I.iter(builtin_self(self));
}

} // namespace

void install_list_methods(Interp& I) {
    ClassObj& list = *I.t.list;
    add_method(I, list, "append", list_append);
    add_method(I, list, "extend", list_extend);
    add_method(I, list, "insert", list_insert);
    add_method(I, list, "pop", list_pop);
    add_method(I, list, "remove", list_remove);
    add_method(I, list, "clear", list_clear);
    add_method(I, list, "copy", list_copy);
    add_method(I, list, "reverse", list_reverse);
    add_method(I, list, "sort", list_sort);
    add_method(I, list, "index", seq_index, Value::boolean(false));
    add_method(I, list, "count", seq_count);
    ClassObj& tuple = *I.t.tuple;
    add_method(I, tuple, "index", seq_index, Value::boolean(true));
    add_method(I, tuple, "count", seq_count);
    for (ClassObj* c : {&list, &tuple}) {
        add_method(I, *c, "__len__", list_len);
        add_method(I, *c, "__getitem__", list_getitem);
        add_method(I, *c, "__contains__", list_contains);
        add_method(I, *c, "__iter__", list_iter);
    }
    add_method(I, list, "__setitem__", list_setitem);
}

} // namespace revlab::py
