// Subscripts: obj[key], obj[key] = value, del obj[key], with Python's index and slice rules for
// str, bytes, list, tuple and range, dict lookups (with __missing__ for subclasses), and the
// __getitem__/__setitem__/__delitem__/__class_getitem__ of classes written in Python.
#include "py/runtime/interp.hpp"

#include "py/runtime/dispatch.hpp"
#include "py/runtime/items.hpp"

namespace revlab::py {

SliceBounds slice_bounds(Interp& I, const SliceObj& s, std::int64_t length) {
    SliceBounds b;
    auto bound = [&](const Value& v, const char* what) -> std::optional<std::int64_t> {
        if (v.is_none()) return std::nullopt;
        if (!I.is_int(v) && !I.is_int(unwrap(v)) && !user_dunder(I, v, "__index__"))
            I.type_error("slice indices must be integers or None or have an __index__ method");
        (void)what;
        if (const BigIntObj* big = v.get<BigIntObj>()) return big->value.is_negative() ? INT64_MIN / 2 : INT64_MAX / 2;
        return I.index(v, what);
    };
    std::optional<std::int64_t> step = bound(s.step, "step");
    b.step = step.value_or(1);
    if (b.step == 0) I.value_error("slice step cannot be zero");
    std::optional<std::int64_t> start = bound(s.start, "start"), stop = bound(s.stop, "stop");
    auto clamp = [&](std::optional<std::int64_t> v, std::int64_t if_missing) {
        if (!v) return if_missing;
        std::int64_t x = *v;
        if (x < 0) {
            x += length;
            if (x < 0) x = b.step < 0 ? -1 : 0;
        } else if (x >= length) {
            x = b.step < 0 ? length - 1 : length;
        }
        return x;
    };
    b.start = clamp(start, b.step < 0 ? length - 1 : 0);
    b.stop = clamp(stop, b.step < 0 ? -1 : length);
    if (b.step < 0) b.count = b.start > b.stop ? (b.start - b.stop - 1) / (-b.step) + 1 : 0;
    else b.count = b.stop > b.start ? (b.stop - b.start - 1) / b.step + 1 : 0;
    return b;
}

namespace {

std::int64_t normalize_index(Interp& I, const Value& key, std::int64_t length, const char* type) {
    if (!I.is_int(key) && !I.is_int(unwrap(key)) && !user_dunder(I, key, "__index__"))
        I.type_error(std::string(type) + " indices must be integers or slices, not " + I.type_name(key));
    if (key.is(ObjType::BigInt)) I.raise("IndexError", "cannot fit 'int' into an index-sized integer");
    std::int64_t i = I.index(key, "index");
    if (i < 0) i += length;
    if (i < 0 || i >= length) I.raise("IndexError", std::string(type) + " index out of range");
    return i;
}

// Byte offsets of the code points of UTF-8 text (only built for non-ASCII text).
std::vector<std::size_t> char_offsets(const std::string& s) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) out.push_back(i);
    out.push_back(s.size());
    return out;
}

template <class Vec>
Vec take_slice(const Vec& items, const SliceBounds& b) {
    Vec out;
    out.reserve(static_cast<std::size_t>(b.count));
    for (std::int64_t k = 0, i = b.start; k < b.count; ++k, i += b.step)
        out.push_back(items[static_cast<std::size_t>(i)]);
    return out;
}

} // namespace

std::string str_slice(const StrObj& s, const SliceBounds& b) {
    if (s.is_ascii()) {
        if (b.step == 1) return s.text.substr(static_cast<std::size_t>(b.start), static_cast<std::size_t>(b.count));
        return take_slice(s.text, b);
    }
    std::vector<std::size_t> at = char_offsets(s.text);
    std::string out;
    for (std::int64_t k = 0, i = b.start; k < b.count; ++k, i += b.step) {
        const std::size_t from = at[static_cast<std::size_t>(i)], to = at[static_cast<std::size_t>(i) + 1];
        out.append(s.text, from, to - from);
    }
    return out;
}

std::string str_char_at(const StrObj& s, std::int64_t i) {
    if (s.is_ascii()) return std::string(1, s.text[static_cast<std::size_t>(i)]);
    std::size_t pos = 0;
    for (std::int64_t n = 0; n < i; ++n) {
        ++pos;
        while (pos < s.text.size() && (static_cast<unsigned char>(s.text[pos]) & 0xC0) == 0x80)
            ++pos;
    }
    std::size_t end = pos + 1;
    while (end < s.text.size() && (static_cast<unsigned char>(s.text[end]) & 0xC0) == 0x80)
        ++end;
    return s.text.substr(pos, end - pos);
}

Value Interp::getitem(const Value& obj, const Value& key) {
    if (obj.is_object()) {
        const SliceObj* slice = key.get<SliceObj>();
        switch (obj.obj()->type()) {
        case ObjType::List: {
            const auto& items = obj.as<ListObj>()->items;
            if (slice) return list(take_slice(items, slice_bounds(*this, *slice, static_cast<std::int64_t>(items.size()))));
            return items[static_cast<std::size_t>(normalize_index(*this, key, static_cast<std::int64_t>(items.size()), "list"))];
        }
        case ObjType::Tuple: {
            const auto& items = obj.as<TupleObj>()->items;
            if (slice)
                return tuple(take_slice(items, slice_bounds(*this, *slice, static_cast<std::int64_t>(items.size()))));
            return items[static_cast<std::size_t>(normalize_index(*this, key, static_cast<std::int64_t>(items.size()), "tuple"))];
        }
        case ObjType::Str: {
            const StrObj& s = *obj.as<StrObj>();
            const std::int64_t n = static_cast<std::int64_t>(s.length());
            if (slice) return str(str_slice(s, slice_bounds(*this, *slice, n)));
            return str(str_char_at(s, normalize_index(*this, key, n, "string")));
        }
        case ObjType::Bytes: {
            const std::string& b = obj.as<BytesObj>()->bytes;
            if (slice) return bytes(take_slice(b, slice_bounds(*this, *slice, static_cast<std::int64_t>(b.size()))));
            return Value::integer(
                static_cast<unsigned char>(b[static_cast<std::size_t>(normalize_index(*this, key, static_cast<std::int64_t>(b.size()), "index"))]));
        }
        case ObjType::Range: {
            const RangeObj& r = *obj.as<RangeObj>();
            if (slice) {
                SliceBounds sb = slice_bounds(*this, *slice, r.length());
                return Value(heap.make<RangeObj>(r.at(sb.start), r.at(sb.start) + sb.count * r.step * sb.step,
                                                 r.step * sb.step));
            }
            return Value::integer(r.at(normalize_index(*this, key, r.length(), "range object")));
        }
        case ObjType::Dict: {
            if (const Value* v = obj.as<DictObj>()->find(*this, key)) return *v;
            raise_value(make_exception(t.exc("KeyError"), {key}));
        }
        case ObjType::Instance:
        case ObjType::Native: {
            if (const Value* f = user_dunder(*this, obj, "__getitem__")) return call_dunder(*this, *f, obj, {key});
            if (const InstanceObj* i = obj.get<InstanceObj>()) {
                if (DictObj* d = i->base.get<DictObj>()) {
                    if (const Value* v = d->find(*this, key)) return *v;
                    if (const Value* missing = user_dunder(*this, obj, "__missing__"))
                        return call_dunder(*this, *missing, obj, {key});
                    raise_value(make_exception(t.exc("KeyError"), {key}));
                }
                if (!i->base.is_none()) return getitem(i->base, key);
            }
            break;
        }
        case ObjType::Class: {
            ClassObj& c = *obj.as<ClassObj>();
            // Generic aliases (list[int], Mapped[int]) and metaclass __getitem__ (Enum['RED'])
            if (const Value* f = user_dunder(*this, obj, "__getitem__")) return call_dunder(*this, *f, obj, {key});
            if (const Value* g = c.lookup("__class_getitem__")) return call(bind_descriptor(*this, *g, obj), {key});
            // list[int], dict[str, int]: a types.GenericAlias, as Python 3.9+; a subclass of a builtin
            // class that defines __class_getitem__ (class Tags(dict), OrderedDict) inherits it.
            bool generic = c.is_builtin_type;
            for (std::size_t k = 1; !generic && k < c.mro.size(); ++k) {
                const ClassObj& base = *c.mro[k];
                generic = base.is_builtin_type && (base.name == "dict" || base.name == "list" || base.name == "set" ||
                                                   base.name == "frozenset" || base.name == "tuple" ||
                                                   base.name == "enumerate");
            }
            if (generic) {
                Ref<ModuleObj> types = import_module("types");
                if (std::optional<Value> alias = getattr_if(Value(types), "GenericAlias")) return call(*alias, {obj, key});
                return obj;
            }
            type_error("type '" + c.name + "' is not subscriptable");
        }
        default:
            break;
        }
    }
    type_error("'" + type_name(obj) + "' object is not subscriptable");
}

void Interp::setitem(const Value& obj, const Value& key, Value value) {
    if (obj.is_object()) {
        switch (obj.obj()->type()) {
        case ObjType::List: {
            ListObj& l = *obj.as<ListObj>();
            if (const SliceObj* s = key.get<SliceObj>()) {
                std::vector<Value> repl = to_vector(value);
                SliceBounds b = slice_bounds(*this, *s, static_cast<std::int64_t>(l.items.size()));
                if (b.step == 1) {
                    const auto first = l.items.begin() + b.start;
                    l.items.erase(first, first + b.count);
                    l.items.insert(l.items.begin() + b.start, repl.begin(), repl.end());
                    l.resized();
                    return;
                }
                if (static_cast<std::int64_t>(repl.size()) != b.count)
                    value_error("attempt to assign sequence of size " + std::to_string(repl.size()) +
                                " to extended slice of size " + std::to_string(b.count));
                for (std::int64_t k = 0, i = b.start; k < b.count; ++k, i += b.step)
                    l.items[static_cast<std::size_t>(i)] = repl[static_cast<std::size_t>(k)];
                return;
            }
            if (!is_int(key) && !user_dunder(*this, key, "__index__"))
                type_error("list indices must be integers or slices, not " + type_name(key));
            std::int64_t i = index(key, "index");
            if (i < 0) i += static_cast<std::int64_t>(l.items.size());
            if (i < 0 || i >= static_cast<std::int64_t>(l.items.size())) raise("IndexError", "list assignment index out of range");
            l.items[static_cast<std::size_t>(i)] = std::move(value);
            return;
        }
        case ObjType::Dict:
            obj.as<DictObj>()->set(*this, key, std::move(value));
            return;
        case ObjType::Instance:
        case ObjType::Native:
            if (const Value* f = user_dunder(*this, obj, "__setitem__")) {
                call_dunder(*this, *f, obj, {key, std::move(value)});
                return;
            }
            if (const InstanceObj* i = obj.get<InstanceObj>(); i != nullptr && !i->base.is_none()) {
                setitem(i->base, key, std::move(value));
                return;
            }
            break;
        default:
            break;
        }
    }
    type_error("'" + type_name(obj) + "' object does not support item assignment");
}

void Interp::delitem(const Value& obj, const Value& key) {
    if (obj.is_object()) {
        switch (obj.obj()->type()) {
        case ObjType::List: {
            ListObj& l = *obj.as<ListObj>();
            if (const SliceObj* s = key.get<SliceObj>()) {
                SliceBounds b = slice_bounds(*this, *s, static_cast<std::int64_t>(l.items.size()));
                std::vector<bool> drop(l.items.size(), false);
                for (std::int64_t k = 0, i = b.start; k < b.count; ++k, i += b.step)
                    drop[static_cast<std::size_t>(i)] = true;
                std::vector<Value> kept;
                for (std::size_t i = 0; i < l.items.size(); ++i)
                    if (!drop[i]) kept.push_back(std::move(l.items[i]));
                l.items = std::move(kept);
                l.resized();
                return;
            }
            std::int64_t i = normalize_index(*this, key, static_cast<std::int64_t>(l.items.size()), "list");
            l.items.erase(l.items.begin() + i);
            return;
        }
        case ObjType::Dict:
            if (!obj.as<DictObj>()->erase(*this, key)) raise_value(make_exception(t.exc("KeyError"), {key}));
            return;
        case ObjType::Instance:
        case ObjType::Native:
            if (const Value* f = user_dunder(*this, obj, "__delitem__")) {
                call_dunder(*this, *f, obj, {key});
                return;
            }
            if (const InstanceObj* i = obj.get<InstanceObj>(); i != nullptr && !i->base.is_none()) {
                delitem(i->base, key);
                return;
            }
            break;
        default:
            break;
        }
    }
    type_error("'" + type_name(obj) + "' object doesn't support item deletion");
}

} // namespace revlab::py
