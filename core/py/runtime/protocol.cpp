// Python's object protocol: the class of a value, truth, equality, hashing, containment,
// subscripting and len(). Arithmetic and ordering are in arith.cpp.
//
// Builtin values are handled in C++ directly. An instance of a class defined in Python first gets
// the chance to answer through its dunder method (__eq__, __hash__, __getitem__, ...); an instance
// of a subclass of a builtin type (class Color(str, Enum)) that does not override one falls back
// to the builtin value it holds.
#include "py/runtime/interp.hpp"

#include "py/runtime/classes.hpp"
#include "py/runtime/dispatch.hpp"

#include <cmath>

namespace revlab::py {

ClassObj* Interp::type_of(const Value& v) {
    switch (v.tag()) {
    case Value::Tag::None:
        return t.none.get();
    case Value::Tag::Bool:
        return t.bool_.get();
    case Value::Tag::Int:
        return t.int_.get();
    case Value::Tag::Float:
        return t.float_.get();
    case Value::Tag::NotImplemented:
        return t.not_implemented.get();
    case Value::Tag::Ellipsis:
    case Value::Tag::Unbound:
        return t.ellipsis.get();
    case Value::Tag::Object:
        break;
    }
    switch (v.obj()->type()) {
    case ObjType::Str:
        return t.str.get();
    case ObjType::Bytes:
        return t.bytes.get();
    case ObjType::BigInt:
        return t.int_.get();
    case ObjType::List:
        return t.list.get();
    case ObjType::Tuple:
        return t.tuple.get();
    case ObjType::Dict:
        return t.dict.get();
    case ObjType::Set:
        return t.set.get();
    case ObjType::FrozenSet:
        return t.frozenset.get();
    case ObjType::Range:
        return t.range.get();
    case ObjType::Slice:
        return t.slice.get();
    case ObjType::Function:
        return t.function.get();
    case ObjType::Builtin:
        return t.builtin_function.get();
    case ObjType::BoundMethod:
        return t.method.get();
    case ObjType::Class: {
        ClassObj* c = v.as<ClassObj>();
        return c->metaclass ? c->metaclass.get() : t.type.get();
    }
    case ObjType::Instance:
        return v.as<InstanceObj>()->cls.get();
    case ObjType::Module:
        return t.module.get();
    case ObjType::Cell:
        return t.cell.get();
    case ObjType::Property:
        return t.property.get();
    case ObjType::ClassMethod:
        return t.classmethod.get();
    case ObjType::StaticMethod:
        return t.staticmethod.get();
    case ObjType::Super:
        return t.super.get();
    case ObjType::Iterator: {
        const std::string& name = v.as<IteratorObj>()->name;
        auto it = t.iterator_classes.find(name);
        if (it != t.iterator_classes.end()) return it->second.get();
        Ref<ClassObj> cls = make_builtin_type(*this, name, t.object, Builtin::Object);
        for (const char* m : {"__iter__", "__next__"})
            if (const Value* f = t.iterator->dict->find(m)) cls->dict->set(*this, m, *f);
        t.iterator_classes.emplace(name, cls);
        return cls.get();
    }
    case ObjType::Generator:
        return t.generator.get();
    case ObjType::DictView: {
        auto k = v.as<DictViewObj>()->kind;
        return k == DictViewObj::Kind::Keys ? t.dict_keys.get()
               : k == DictViewObj::Kind::Values ? t.dict_values.get()
                                                 : t.dict_items.get();
    }
    case ObjType::Native:
        return v.as<NativeObj>()->cls.get();
    }
    return t.object.get();
}

std::string Interp::type_name(const Value& v) {
    return type_of(v)->name;
}

bool Interp::isinstance(const Value& v, ClassObj* cls) {
    return type_of(v)->is_subclass_of(cls);
}

bool Interp::is_int(const Value& v) {
    return v.is_int() || v.is_bool() || v.is(ObjType::BigInt);
}

std::optional<BigInt> Interp::big(const Value& v) {
    if (v.is_int()) return BigInt(v.as_int());
    if (v.is_bool()) return BigInt(v.as_bool() ? 1 : 0);
    if (const BigIntObj* b = v.get<BigIntObj>()) return b->value;
    if (const InstanceObj* i = v.get<InstanceObj>())
        if (is_int(i->base)) return big(i->base);
    return std::nullopt;
}

// ---- user dunders ---------------------------------------------------------------------------------

// The dunder `name` of an instance's class, when a class written in Python defines it (the
// builtin types' own implementations are the C++ paths of this file).
const Value* user_dunder(Interp& I, const Value& v, std::string_view name) {
    ClassObj* cls = nullptr;
    if (const InstanceObj* inst = v.get<InstanceObj>()) cls = inst->cls.get();
    else if (const NativeObj* n = v.get<NativeObj>()) cls = n->cls.get();
    else if (v.is(ObjType::Class)) cls = I.type_of(v);
    if (cls == nullptr) return nullptr;
    const std::int64_t hash = hash_text(name);
    for (ClassObj* c : cls->mro) {
        if (c->is_builtin_type && !c->is_native) continue;
        if (const Value* f = c->dict->find(name, hash)) return f;
    }
    return nullptr;
}

// Calls a dunder found by user_dunder with `self` first.
Value call_dunder(Interp& I, const Value& f, const Value& self, std::initializer_list<Value> rest) {
    CallArgs args;
    args.pos.reserve(rest.size() + 1);
    args.pos.push_back(self);
    for (const Value& r : rest)
        args.pos.push_back(r);
    if (const FunctionObj* fn = f.get<FunctionObj>()) {
        (void)fn;
        return I.call(f, std::move(args));
    }
    // A classmethod/staticmethod/builtin in the class: bind as attribute lookup would.
    Value bound = bind_descriptor(I, f, self);
    args.pos.erase(args.pos.begin());
    return I.call(bound, std::move(args));
}

// The builtin value an instance of a builtin subclass holds (or the value itself).
const Value& unwrap(const Value& v) {
    if (const InstanceObj* i = v.get<InstanceObj>())
        if (!i->base.is_none()) return i->base;
    return v;
}

// ---- truth ----------------------------------------------------------------------------------------

bool Interp::truthy(const Value& v) {
    switch (v.tag()) {
    case Value::Tag::None:
        return false;
    case Value::Tag::Bool:
        return v.as_bool();
    case Value::Tag::Int:
        return v.as_int() != 0;
    case Value::Tag::Float:
        return v.as_float() != 0.0;
    case Value::Tag::NotImplemented:
    case Value::Tag::Ellipsis:
    case Value::Tag::Unbound:
        return true;
    case Value::Tag::Object:
        break;
    }
    switch (v.obj()->type()) {
    case ObjType::Str:
        return !v.as<StrObj>()->text.empty();
    case ObjType::Bytes:
        return !v.as<BytesObj>()->bytes.empty();
    case ObjType::BigInt:
        return !v.as<BigIntObj>()->value.is_zero();
    case ObjType::List:
        return !v.as<ListObj>()->items.empty();
    case ObjType::Tuple:
        return !v.as<TupleObj>()->items.empty();
    case ObjType::Dict:
        return v.as<DictObj>()->size() != 0;
    case ObjType::Set:
    case ObjType::FrozenSet:
        return v.as<SetObj>()->table->size() != 0;
    case ObjType::Range:
        return v.as<RangeObj>()->length() != 0;
    case ObjType::DictView:
        return v.as<DictViewObj>()->dict->size() != 0;
    case ObjType::Instance:
    case ObjType::Native:
    case ObjType::Class: {
        if (const Value* f = user_dunder(*this, v, "__bool__")) {
            Value r = call_dunder(*this, *f, v, {});
            if (!r.is_bool()) type_error("__bool__ should return bool, returned " + type_name(r));
            return r.as_bool();
        }
        if (const Value* f = user_dunder(*this, v, "__len__")) {
            Value r = call_dunder(*this, *f, v, {});
            return index(r, "__len__") != 0;
        }
        if (const InstanceObj* i = v.get<InstanceObj>())
            if (!i->base.is_none()) return truthy(i->base);
        return true;
    }
    default:
        return true;
    }
}

// ---- equality -------------------------------------------------------------------------------------

namespace {

bool numeric_eq(Interp& I, const Value& a, const Value& b, bool& handled) {
    handled = true;
    const bool af = a.is_float(), bf = b.is_float();
    if (af && bf) return a.as_float() == b.as_float();
    if (af || bf) {
        const double x = af ? a.as_float() : b.as_float();
        const Value& n = af ? b : a;
        if (n.is_int()) {
            // exact: int64 to double may round, so compare as CPython does
            return compare(BigInt(n.as_int()), x) == std::partial_ordering::equivalent;
        }
        if (n.is_bool()) return x == (n.as_bool() ? 1.0 : 0.0);
        if (const BigIntObj* bi = n.get<BigIntObj>()) return compare(bi->value, x) == std::partial_ordering::equivalent;
        handled = false;
        return false;
    }
    auto small = [](const Value& v, std::int64_t& out) {
        if (v.is_int()) return out = v.as_int(), true;
        if (v.is_bool()) return out = v.as_bool(), true;
        return false;
    };
    std::int64_t x, y;
    if (small(a, x) && small(b, y)) return x == y;
    if ((a.is(ObjType::BigInt) || small(a, x)) && (b.is(ObjType::BigInt) || small(b, y))) return *I.big(a) == *I.big(b);
    handled = false;
    return false;
}

bool sequence_eq(Interp& I, const std::vector<Value>& a, const std::vector<Value>& b) {
    if (a.size() != b.size()) return false;
    I.check_stack();
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (i >= a.size() || i >= b.size()) return false; // a user __eq__ shrank a list
        if (!a[i].same(b[i]) && !I.eq(a[i], b[i])) return false;
    }
    return true;
}

bool dict_eq(Interp& I, DictObj& a, DictObj& b) {
    if (a.size() != b.size()) return false;
    I.check_stack();
    for (const DictObj::Entry& e : a.entries()) {
        if (!e.live) continue;
        Value key = e.key, value = e.value;
        const Value* other = b.find(I, key, e.hash);
        if (other == nullptr) return false;
        Value o = *other;
        if (!o.same(value) && !I.eq(value, o)) return false;
    }
    return true;
}

} // namespace

bool set_subset(Interp& I, SetObj& a, SetObj& b) {
    if (a.table->size() > b.table->size()) return false;
    for (const DictObj::Entry& e : a.table->entries())
        if (e.live && b.table->find(I, e.key, e.hash) == nullptr) return false;
    return true;
}

// Python's ==: the builtin types compare by value; an instance asks its __eq__ (then the other
// side's), and objects without one compare by identity.
bool Interp::eq(const Value& a, const Value& b) {
    if (a.is_object() && b.is_object() && a.obj() == b.obj()) {
        // identity implies equality, except for a user __eq__ that says otherwise
        if (!a.is(ObjType::Instance)) return true;
    }
    bool handled = false;
    bool r = numeric_eq(*this, a, b, handled);
    if (handled) return r;
    if (a.is_none() || b.is_none()) return a.is_none() && b.is_none();
    const Value* fa = a.is(ObjType::Instance) || a.is(ObjType::Native) ? user_dunder(*this, a, "__eq__") : nullptr;
    const Value* fb = b.is(ObjType::Instance) || b.is(ObjType::Native) ? user_dunder(*this, b, "__eq__") : nullptr;
    // A subclass's reflected method goes first, as Python does.
    if (fb != nullptr && type_of(b) != type_of(a) && type_of(b)->is_subclass_of(type_of(a))) {
        Value res = call_dunder(*this, *fb, b, {a});
        if (res.tag() != Value::Tag::NotImplemented) return truthy(res);
        fb = nullptr;
    }
    if (fa != nullptr) {
        Value res = call_dunder(*this, *fa, a, {b});
        if (res.tag() != Value::Tag::NotImplemented) return truthy(res);
    }
    if (fb != nullptr) {
        Value res = call_dunder(*this, *fb, b, {a});
        if (res.tag() != Value::Tag::NotImplemented) return truthy(res);
    }
    const Value& ua = unwrap(a);
    const Value& ub = unwrap(b);
    if (&ua != &a || &ub != &b) {
        if (!ua.same(a) || !ub.same(b)) return eq(ua, ub);
    }
    if (!a.is_object() || !b.is_object()) return a.same(b);
    const ObjType ta = a.obj()->type(), tb = b.obj()->type();
    if (ta == ObjType::Str && tb == ObjType::Str) return a.as<StrObj>()->text == b.as<StrObj>()->text;
    if (ta == ObjType::Bytes && tb == ObjType::Bytes) return a.as<BytesObj>()->bytes == b.as<BytesObj>()->bytes;
    if (ta == ObjType::List && tb == ObjType::List) {
        Value ka = a, kb = b; // keep both alive while user code runs
        return sequence_eq(*this, a.as<ListObj>()->items, b.as<ListObj>()->items);
    }
    if (ta == ObjType::Tuple && tb == ObjType::Tuple)
        return sequence_eq(*this, a.as<TupleObj>()->items, b.as<TupleObj>()->items);
    if (ta == ObjType::Dict && tb == ObjType::Dict) return dict_eq(*this, *a.as<DictObj>(), *b.as<DictObj>());
    const bool sa = ta == ObjType::Set || ta == ObjType::FrozenSet, sb = tb == ObjType::Set || tb == ObjType::FrozenSet;
    if (sa && sb) {
        SetObj& x = *a.as<SetObj>();
        SetObj& y = *b.as<SetObj>();
        return x.table->size() == y.table->size() && set_subset(*this, x, y);
    }
    if (ta == ObjType::Range && tb == ObjType::Range) {
        const RangeObj& x = *a.as<RangeObj>();
        const RangeObj& y = *b.as<RangeObj>();
        const std::int64_t n = x.length();
        if (n != y.length()) return false;
        if (n == 0) return true;
        if (x.start != y.start) return false;
        return n == 1 || x.step == y.step;
    }
    if (ta == ObjType::DictView && tb == ObjType::DictView) {
        DictViewObj& x = *a.as<DictViewObj>();
        DictViewObj& y = *b.as<DictViewObj>();
        if (x.kind != y.kind || x.kind == DictViewObj::Kind::Values) return false;
        if (x.dict->size() != y.dict->size()) return false;
        for (const DictObj::Entry& e : x.dict->entries()) {
            if (!e.live) continue;
            const Value* other = y.dict->find(*this, e.key, e.hash);
            if (other == nullptr) return false;
            if (x.kind == DictViewObj::Kind::Items && !eq(e.value, *other)) return false;
        }
        return true;
    }
    if (ta == ObjType::Slice && tb == ObjType::Slice) {
        const SliceObj& x = *a.as<SliceObj>();
        const SliceObj& y = *b.as<SliceObj>();
        return eq(x.start, y.start) && eq(x.stop, y.stop) && eq(x.step, y.step);
    }
    if (ta == ObjType::BoundMethod && tb == ObjType::BoundMethod) {
        const BoundMethodObj& x = *a.as<BoundMethodObj>();
        const BoundMethodObj& y = *b.as<BoundMethodObj>();
        return x.function.same(y.function) && x.self.same(y.self);
    }
    return a.obj() == b.obj();
}

// ---- hashing --------------------------------------------------------------------------------------

std::int64_t Interp::hash(const Value& v) {
    switch (v.tag()) {
    case Value::Tag::None:
        return 0x5e1f0c3a; // any constant
    case Value::Tag::Bool:
        return v.as_bool() ? 1 : 0;
    case Value::Tag::Int:
        return BigInt(v.as_int()).hash();
    case Value::Tag::Float:
        return hash_double(v.as_float());
    case Value::Tag::NotImplemented:
        return 0x0b1ec7;
    case Value::Tag::Ellipsis:
    case Value::Tag::Unbound:
        return 0xe111;
    case Value::Tag::Object:
        break;
    }
    Object* o = v.obj();
    switch (o->type()) {
    case ObjType::Str:
        return v.as<StrObj>()->hash();
    case ObjType::Bytes:
        return hash_text(v.as<BytesObj>()->bytes);
    case ObjType::BigInt:
        return v.as<BigIntObj>()->value.hash();
    case ObjType::Tuple: {
        check_stack();
        // CPython's xxHash-based tuple hash, so equal tuples hash alike whatever they hold.
        const auto& items = v.as<TupleObj>()->items;
        std::uint64_t acc = 2870177450012600261ull;
        for (const Value& item : items) {
            std::uint64_t lane = static_cast<std::uint64_t>(hash(item));
            acc += lane * 14029467366897019727ull;
            acc = (acc << 31) | (acc >> 33);
            acc *= 11400714785074694791ull;
        }
        acc += items.size() ^ (2870177450012600261ull ^ 3527539ull);
        std::int64_t r = static_cast<std::int64_t>(acc);
        return r == -1 ? 1546275796 : r;
    }
    case ObjType::FrozenSet: {
        SetObj& s = *v.as<SetObj>();
        if (!s.hashed) {
            std::uint64_t h = 0;
            for (const DictObj::Entry& e : s.table->entries())
                if (e.live) {
                    std::uint64_t x = static_cast<std::uint64_t>(e.hash);
                    h ^= ((x ^ 89869747ull) ^ (x << 16)) * 3644798167ull;
                }
            s.hash_cache = static_cast<std::int64_t>(h == static_cast<std::uint64_t>(-1) ? 590923713 : h);
            s.hashed = true;
        }
        return s.hash_cache;
    }
    case ObjType::List:
    case ObjType::Dict:
    case ObjType::Set:
    case ObjType::DictView:
        type_error("unhashable type: '" + type_name(v) + "'");
    case ObjType::Instance:
    case ObjType::Native: {
        ClassObj* cls = type_of(v);
        // A class that defines __eq__ without __hash__ has __hash__ = None: unhashable.
        for (ClassObj* c : cls->mro) {
            if (c->is_builtin_type && !c->is_native) break;
            if (const Value* f = c->dict->find("__hash__")) {
                if (f->is_none()) type_error("unhashable type: '" + cls->name + "'");
                Value r = call_dunder(*this, *f, v, {});
                if (!is_int(r)) type_error("__hash__ method should return an integer");
                return r.is_int() ? r.as_int() : big(r)->hash();
            }
            if (c->dict->find("__eq__")) type_error("unhashable type: '" + cls->name + "'");
        }
        if (const InstanceObj* i = v.get<InstanceObj>())
            if (!i->base.is_none()) return hash(i->base);
        break;
    }
    default:
        break;
    }
    // Identity hash: the address, as object.__hash__.
    return static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(o) >> 4);
}

// ---- containment, items, len ----------------------------------------------------------------------

bool Interp::contains(const Value& container, const Value& item) {
    if (container.is_object()) {
        switch (container.obj()->type()) {
        case ObjType::Str: {
            const StrObj* needle = unwrap(item).get<StrObj>();
            if (needle == nullptr)
                type_error("'in <string>' requires string as left operand, not " + type_name(item));
            return container.as<StrObj>()->text.find(needle->text) != std::string::npos;
        }
        case ObjType::Bytes: {
            const std::string& hay = container.as<BytesObj>()->bytes;
            if (const BytesObj* b = item.get<BytesObj>()) return hay.find(b->bytes) != std::string::npos;
            if (is_int(item)) {
                std::int64_t n = index(item, "byte");
                if (n < 0 || n > 255) value_error("byte must be in range(0, 256)");
                return hay.find(static_cast<char>(n)) != std::string::npos;
            }
            type_error("a bytes-like object is required, not '" + type_name(item) + "'");
        }
        case ObjType::List: {
            Value keep = container;
            const auto& items = container.as<ListObj>()->items;
            for (std::size_t i = 0; i < items.size(); ++i) {
                Value x = items[i];
                if (x.same(item) || eq(x, item)) return true;
            }
            return false;
        }
        case ObjType::Tuple:
            for (const Value& x : container.as<TupleObj>()->items)
                if (x.same(item) || eq(x, item)) return true;
            return false;
        case ObjType::Dict:
            return container.as<DictObj>()->find(*this, item) != nullptr;
        case ObjType::Set:
        case ObjType::FrozenSet:
            return container.as<SetObj>()->table->find(*this, item) != nullptr;
        case ObjType::Range: {
            const RangeObj& r = *container.as<RangeObj>();
            if (item.is_int() || item.is_bool()) {
                const std::int64_t n = item.is_int() ? item.as_int() : item.as_bool();
                if (r.step > 0 ? (n < r.start || n >= r.stop) : (n > r.start || n <= r.stop)) return false;
                return (n - r.start) % r.step == 0;
            }
            break;
        }
        case ObjType::DictView: {
            const DictViewObj& view = *container.as<DictViewObj>();
            if (view.kind == DictViewObj::Kind::Keys) return view.dict->find(*this, item) != nullptr;
            if (view.kind == DictViewObj::Kind::Items) {
                const TupleObj* pair = item.get<TupleObj>();
                if (pair == nullptr || pair->items.size() != 2) return false;
                const Value* v = view.dict->find(*this, pair->items[0]);
                return v != nullptr && eq(*v, pair->items[1]);
            }
            break;
        }
        case ObjType::Instance:
        case ObjType::Native:
        case ObjType::Class:
            if (const Value* f = user_dunder(*this, container, "__contains__"))
                return truthy(call_dunder(*this, *f, container, {item}));
            if (const InstanceObj* i = container.get<InstanceObj>())
                if (!i->base.is_none() && user_dunder(*this, container, "__iter__") == nullptr)
                    return contains(i->base, item);
            break;
        default:
            break;
        }
    }
    // Any iterable: walk it.
    bool found = false;
    Value it = iter(container);
    while (auto x = next(it))
        if (x->same(item) || eq(*x, item)) {
            found = true;
            break;
        }
    return found;
}

std::int64_t Interp::len(const Value& v) {
    if (v.is_object()) {
        switch (v.obj()->type()) {
        case ObjType::Str:
            return static_cast<std::int64_t>(v.as<StrObj>()->length());
        case ObjType::Bytes:
            return static_cast<std::int64_t>(v.as<BytesObj>()->bytes.size());
        case ObjType::List:
            return static_cast<std::int64_t>(v.as<ListObj>()->items.size());
        case ObjType::Tuple:
            return static_cast<std::int64_t>(v.as<TupleObj>()->items.size());
        case ObjType::Dict:
            return static_cast<std::int64_t>(v.as<DictObj>()->size());
        case ObjType::Set:
        case ObjType::FrozenSet:
            return static_cast<std::int64_t>(v.as<SetObj>()->table->size());
        case ObjType::Range:
            return v.as<RangeObj>()->length();
        case ObjType::DictView:
            return static_cast<std::int64_t>(v.as<DictViewObj>()->dict->size());
        case ObjType::Instance:
        case ObjType::Native:
        case ObjType::Class:
            if (const Value* f = user_dunder(*this, v, "__len__")) {
                Value r = call_dunder(*this, *f, v, {});
                if (!is_int(r)) type_error("'" + type_name(r) + "' object cannot be interpreted as an integer");
                std::int64_t n = index(r, "__len__");
                if (n < 0) value_error("__len__() should return >= 0");
                return n;
            }
            if (const InstanceObj* i = v.get<InstanceObj>())
                if (!i->base.is_none()) return len(i->base);
            break;
        default:
            break;
        }
    }
    type_error("object of type '" + type_name(v) + "' has no len()");
}

std::int64_t Interp::index(const Value& v, std::string_view what) {
    (void)what;
    if (v.is_int()) return v.as_int();
    if (v.is_bool()) return v.as_bool();
    if (const BigIntObj* b = v.get<BigIntObj>()) {
        (void)b;
        raise("IndexError", "cannot fit 'int' into an index-sized integer");
    }
    if (const Value* f = user_dunder(*this, v, "__index__")) return index(call_dunder(*this, *f, v, {}), what);
    if (const InstanceObj* i = v.get<InstanceObj>())
        if (is_int(i->base)) return index(i->base, what);
    type_error("'" + type_name(v) + "' object cannot be interpreted as an integer");
}

double Interp::to_float(const Value& v, std::string_view what) {
    if (v.is_float()) return v.as_float();
    if (v.is_int()) return static_cast<double>(v.as_int());
    if (v.is_bool()) return v.as_bool() ? 1.0 : 0.0;
    if (const BigIntObj* b = v.get<BigIntObj>()) {
        try {
            return b->value.to_double();
        } catch (const NumberError& e) {
            number_error(e);
        }
    }
    if (const InstanceObj* i = v.get<InstanceObj>()) {
        if (const Value* f = user_dunder(*this, v, "__float__")) return to_float(call_dunder(*this, *f, v, {}), what);
        if (!i->base.is_none()) return to_float(i->base, what);
    }
    type_error(std::string(what) + " must be real number, not " + type_name(v));
}

} // namespace revlab::py
