// Iteration: iter() and next() for the builtin types, the builtin iterators (enumerate, zip, map,
// filter, reversed, dict views, buffered generators), and objects with __iter__/__next__ or
// __getitem__, as Python's iteration protocol defines it.
#include "py/runtime/interp.hpp"

#include "py/runtime/dispatch.hpp"
#include "py/runtime/generators.hpp"

namespace revlab::py {

namespace {

Ref<IteratorObj> make_iter(Interp& I, IteratorObj::Kind kind, Value source, const char* name) {
    Ref<IteratorObj> it = I.heap.make<IteratorObj>(kind);
    it->source = std::move(source);
    it->name = name;
    return it;
}

// The i-th code point of UTF-8 text, starting the scan at byte `pos` (updated).
std::string next_char(const std::string& s, std::size_t& pos) {
    const std::size_t start = pos;
    ++pos;
    while (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80)
        ++pos;
    return s.substr(start, pos - start);
}

} // namespace

Value Interp::iter(const Value& v) {
    if (v.is_object()) {
        switch (v.obj()->type()) {
        case ObjType::List:
            return Value(make_iter(*this, IteratorObj::Kind::Sequence, v, "list_iterator"));
        case ObjType::Tuple:
            return Value(make_iter(*this, IteratorObj::Kind::Sequence, v, "tuple_iterator"));
        case ObjType::Str:
            return Value(make_iter(*this, IteratorObj::Kind::Sequence, v, "str_ascii_iterator"));
        case ObjType::Bytes:
            return Value(make_iter(*this, IteratorObj::Kind::Sequence, v, "bytes_iterator"));
        case ObjType::Range: {
            const RangeObj& r = *v.as<RangeObj>();
            Ref<IteratorObj> it = make_iter(*this, IteratorObj::Kind::Range, Value(), "range_iterator");
            it->index = r.start;
            it->stop = r.length();
            it->step = r.step;
            return Value(it);
        }
        case ObjType::Dict: {
            Ref<IteratorObj> it = make_iter(*this, IteratorObj::Kind::DictKeys, v, "dict_keyiterator");
            it->version = v.as<DictObj>()->version();
            it->size_at_start = v.as<DictObj>()->size();
            return Value(it);
        }
        case ObjType::Set:
        case ObjType::FrozenSet: {
            Value table(v.as<SetObj>()->table);
            Ref<IteratorObj> it = make_iter(*this, IteratorObj::Kind::DictKeys, table, "set_iterator");
            it->version = v.as<SetObj>()->table->version();
            it->size_at_start = v.as<SetObj>()->table->size();
            it->sentinel = v; // keep the set alive
            return Value(it);
        }
        case ObjType::DictView: {
            const DictViewObj& view = *v.as<DictViewObj>();
            const auto kind = view.kind == DictViewObj::Kind::Keys     ? IteratorObj::Kind::DictKeys
                              : view.kind == DictViewObj::Kind::Values ? IteratorObj::Kind::DictValues
                                                                       : IteratorObj::Kind::DictItems;
            const char* name = view.kind == DictViewObj::Kind::Keys     ? "dict_keyiterator"
                               : view.kind == DictViewObj::Kind::Values ? "dict_valueiterator"
                                                                        : "dict_itemiterator";
            Ref<IteratorObj> it = make_iter(*this, kind, Value(view.dict), name);
            it->version = view.dict->version();
            it->size_at_start = view.dict->size();
            return Value(it);
        }
        case ObjType::Iterator:
        case ObjType::Generator:
            return v;
        case ObjType::Instance:
        case ObjType::Native:
        case ObjType::Class: {
            if (const Value* f = user_dunder(*this, v, "__iter__")) {
                Value it = call_dunder(*this, *f, v, {});
                if (!it.is(ObjType::Iterator) && !it.is(ObjType::Generator) && !user_dunder(*this, it, "__next__"))
                    type_error("iter() returned non-iterator of type '" + type_name(it) + "'");
                return it;
            }
            if (user_dunder(*this, v, "__getitem__")) {
                // the old sequence protocol: __getitem__(0), (1), ... until IndexError
                Ref<IteratorObj> it = make_iter(*this, IteratorObj::Kind::CallIter, v, "iterator");
                it->func = Value(); // marks the __getitem__ protocol
                it->sentinel = Value::ellipsis();
                return Value(it);
            }
            if (const InstanceObj* i = v.get<InstanceObj>())
                if (!i->base.is_none()) return iter(i->base);
            break;
        }
        default:
            break;
        }
    }
    type_error("'" + type_name(v) + "' object is not iterable");
}

std::optional<Value> Interp::next(const Value& itv) {
    if (GeneratorObj* g = itv.get<GeneratorObj>()) {
        Value returned;
        return g->advance(*this, Value(), Value(), returned);
    }
    IteratorObj* it = itv.get<IteratorObj>();
    if (it == nullptr) {
        const Value* f = user_dunder(*this, itv, "__next__");
        if (f == nullptr) type_error("'" + type_name(itv) + "' object is not an iterator");
        try {
            return call_dunder(*this, *f, itv, {});
        } catch (PyException& e) {
            if (isinstance(e.exc, t.exc("StopIteration"))) return std::nullopt;
            throw;
        }
    }
    if (it->done) return std::nullopt;
    Ref<IteratorObj> keep(it);
    switch (it->kind) {
    case IteratorObj::Kind::Sequence: {
        if (const ListObj* l = it->source.get<ListObj>()) {
            if (static_cast<std::size_t>(it->index) < l->items.size()) return l->items[static_cast<std::size_t>(it->index++)];
        } else if (const TupleObj* tu = it->source.get<TupleObj>()) {
            if (static_cast<std::size_t>(it->index) < tu->items.size())
                return tu->items[static_cast<std::size_t>(it->index++)];
        } else if (const StrObj* s = it->source.get<StrObj>()) {
            std::size_t pos = static_cast<std::size_t>(it->index);
            if (pos < s->text.size()) {
                std::string c = next_char(s->text, pos);
                it->index = static_cast<std::int64_t>(pos);
                return str(std::move(c));
            }
        } else if (const BytesObj* b = it->source.get<BytesObj>()) {
            if (static_cast<std::size_t>(it->index) < b->bytes.size())
                return Value::integer(static_cast<unsigned char>(b->bytes[static_cast<std::size_t>(it->index++)]));
        }
        break;
    }
    case IteratorObj::Kind::Range:
        if (it->stop > 0) {
            --it->stop;
            Value v = Value::integer(it->index);
            it->index += it->step;
            return v;
        }
        break;
    case IteratorObj::Kind::DictKeys:
    case IteratorObj::Kind::DictValues:
    case IteratorObj::Kind::DictItems: {
        const DictObj& d = *it->source.as<DictObj>();
        if (d.size() != it->size_at_start) {
            it->done = true;
            raise("RuntimeError", std::string(it->name == "set_iterator" ? "Set" : "dictionary") +
                                      " changed size during iteration");
        }
        const auto& entries = d.entries();
        while (static_cast<std::size_t>(it->index) < entries.size()) {
            const DictObj::Entry& e = entries[static_cast<std::size_t>(it->index++)];
            if (!e.live) continue;
            if (it->kind == IteratorObj::Kind::DictKeys) return e.key;
            if (it->kind == IteratorObj::Kind::DictValues) return e.value;
            return tuple({e.key, e.value});
        }
        break;
    }
    case IteratorObj::Kind::Buffer:
        if (static_cast<std::size_t>(it->index) < it->items.size()) {
            Value v = std::move(it->items[static_cast<std::size_t>(it->index)]);
            it->items[static_cast<std::size_t>(it->index++)] = Value();
            return v;
        }
        it->items.clear();
        break;
    case IteratorObj::Kind::Enumerate: {
        std::optional<Value> v = next(it->source);
        if (!v) break;
        Value n = it->func.is_none() ? Value::integer(it->index++) : it->func;
        if (!it->func.is_none()) it->func = binary(Op::Add, it->func, Value::integer(1));
        return tuple({n, std::move(*v)});
    }
    case IteratorObj::Kind::Zip: {
        if (it->items.empty()) break;
        std::vector<Value> row;
        row.reserve(it->items.size());
        for (std::size_t k = 0; k < it->items.size(); ++k) {
            std::optional<Value> v = next(it->items[k]);
            if (!v) {
                if (it->strict) {
                    if (k > 0)
                        value_error("zip() argument " + std::to_string(k + 1) + " is shorter than argument" +
                                    (k == 1 ? " 1" : "s 1-" + std::to_string(k)));
                    for (std::size_t j = 1; j < it->items.size(); ++j)
                        if (next(it->items[j]))
                            value_error("zip() argument " + std::to_string(j + 1) + " is longer than argument" +
                                        (j == 1 ? " 1" : "s 1-" + std::to_string(j)));
                }
                it->done = true;
                return std::nullopt;
            }
            row.push_back(std::move(*v));
        }
        return tuple(std::move(row));
    }
    case IteratorObj::Kind::Map: {
        CallArgs args;
        for (const Value& inner : it->items) {
            std::optional<Value> v = next(inner);
            if (!v) {
                it->done = true;
                return std::nullopt;
            }
            args.pos.push_back(std::move(*v));
        }
        return call(it->func, std::move(args));
    }
    case IteratorObj::Kind::Filter:
        while (std::optional<Value> v = next(it->source)) {
            step();
            const bool keep_it = it->func.is_none() ? truthy(*v) : truthy(call(it->func, {*v}));
            if (keep_it) return v;
        }
        break;
    case IteratorObj::Kind::Reversed:
        while (it->index > 0) {
            --it->index;
            if (const ListObj* l = it->source.get<ListObj>()) {
                if (static_cast<std::size_t>(it->index) < l->items.size()) return l->items[static_cast<std::size_t>(it->index)];
                continue;
            }
            if (const TupleObj* tu = it->source.get<TupleObj>()) return tu->items[static_cast<std::size_t>(it->index)];
            if (const RangeObj* r = it->source.get<RangeObj>()) return Value::integer(r->at(it->index));
            return getitem(it->source, Value::integer(it->index));
        }
        break;
    case IteratorObj::Kind::CallIter: {
        if (it->func.is_none()) { // __getitem__ protocol
            try {
                return getitem(it->source, Value::integer(it->index++));
            } catch (PyException& e) {
                if (isinstance(e.exc, t.exc("IndexError")) || isinstance(e.exc, t.exc("StopIteration"))) break;
                throw;
            }
        }
        Value v = call(it->func, CallArgs{});
        if (eq(v, it->sentinel)) break;
        return v;
    }
    }
    it->done = true;
    it->source = Value();
    return std::nullopt;
}

std::vector<Value> Interp::to_vector(const Value& iterable) {
    if (const ListObj* l = iterable.get<ListObj>()) return l->items;
    if (const TupleObj* tu = iterable.get<TupleObj>()) return tu->items;
    std::vector<Value> out;
    Value it = iter(iterable);
    while (std::optional<Value> v = next(it)) {
        step();
        out.push_back(std::move(*v));
        if ((out.size() & 4095) == 0) heap.reserve(out.size() * sizeof(Value));
    }
    return out;
}

void Interp::for_each(const Value& iterable, const std::function<bool(const Value&)>& f) {
    Value it = iter(iterable);
    while (std::optional<Value> v = next(it)) {
        step();
        if (!f(*v)) return;
    }
}

} // namespace revlab::py
