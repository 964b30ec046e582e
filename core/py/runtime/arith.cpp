// Arithmetic, bitwise and ordering operators with Python's semantics: ints of any size (int64 fast
// paths, BigInt beyond), floats, the sequence operators (+ and * on str, bytes, list, tuple), the
// set operators, dict |, str % (formatting), and the reflected dunders of user classes.
#include "py/runtime/interp.hpp"

#include "py/floats.hpp"
#include "py/int64_ops.hpp"
#include "py/runtime/dispatch.hpp"
#include "py/runtime/text.hpp"

#include <cmath>

namespace revlab::py {

namespace {

struct OpInfo {
    const char* symbol;
    const char* dunder;
    const char* rdunder;
    const char* idunder;
};

OpInfo info(Op op) {
    switch (op) {
    case Op::Add: return {"+", "__add__", "__radd__", "__iadd__"};
    case Op::Sub: return {"-", "__sub__", "__rsub__", "__isub__"};
    case Op::Mult: return {"*", "__mul__", "__rmul__", "__imul__"};
    case Op::MatMult: return {"@", "__matmul__", "__rmatmul__", "__imatmul__"};
    case Op::Div: return {"/", "__truediv__", "__rtruediv__", "__itruediv__"};
    case Op::FloorDiv: return {"//", "__floordiv__", "__rfloordiv__", "__ifloordiv__"};
    case Op::Mod: return {"%", "__mod__", "__rmod__", "__imod__"};
    case Op::Pow: return {"** or pow()", "__pow__", "__rpow__", "__ipow__"};
    case Op::LShift: return {"<<", "__lshift__", "__rlshift__", "__ilshift__"};
    case Op::RShift: return {">>", "__rshift__", "__rrshift__", "__irshift__"};
    case Op::BitOr: return {"|", "__or__", "__ror__", "__ior__"};
    case Op::BitXor: return {"^", "__xor__", "__rxor__", "__ixor__"};
    case Op::BitAnd: return {"&", "__and__", "__rand__", "__iand__"};
    case Op::Eq: return {"==", "__eq__", "__eq__", nullptr};
    case Op::NotEq: return {"!=", "__ne__", "__ne__", nullptr};
    case Op::Lt: return {"<", "__lt__", "__gt__", nullptr};
    case Op::LtE: return {"<=", "__le__", "__ge__", nullptr};
    case Op::Gt: return {">", "__gt__", "__lt__", nullptr};
    case Op::GtE: return {">=", "__ge__", "__le__", nullptr};
    default: return {"?", nullptr, nullptr, nullptr};
    }
}

bool is_number(const Value& v) {
    return v.is_int() || v.is_bool() || v.is_float() || v.is(ObjType::BigInt);
}

std::int64_t small_of(const Value& v) { return v.is_int() ? v.as_int() : static_cast<std::int64_t>(v.as_bool()); }

// int op int, both small or big.
Value int_binary(Interp& I, Op op, const Value& a, const Value& b) {
    try {
        if ((a.is_int() || a.is_bool()) && (b.is_int() || b.is_bool())) {
            const std::int64_t x = small_of(a), y = small_of(b);
            std::optional<std::int64_t> r;
            switch (op) {
            case Op::Add: r = checked_add(x, y); break;
            case Op::Sub: r = checked_sub(x, y); break;
            case Op::Mult: r = checked_mul(x, y); break;
            case Op::FloorDiv: r = checked_floordiv(x, y); break;
            case Op::Mod: r = checked_mod(x, y); break;
            case Op::BitAnd:
                if (a.is_bool() && b.is_bool()) return Value::boolean(x & y);
                return Value::integer(x & y);
            case Op::BitOr:
                if (a.is_bool() && b.is_bool()) return Value::boolean(x | y);
                return Value::integer(x | y);
            case Op::BitXor:
                if (a.is_bool() && b.is_bool()) return Value::boolean(x ^ y);
                return Value::integer(x ^ y);
            case Op::Div:
                if (y == 0) I.raise("ZeroDivisionError", "division by zero");
                if (std::llabs(x) < (1LL << 53) && std::llabs(y) < (1LL << 53))
                    return Value::floating(static_cast<double>(x) / static_cast<double>(y));
                return Value::floating(BigInt::true_divide(BigInt(x), BigInt(y)));
            case Op::RShift:
                if (y < 0) I.value_error("negative shift count");
                return Value::integer(y >= 63 ? (x < 0 ? -1 : 0) : (x >> y));
            case Op::LShift:
                if (y < 0) I.value_error("negative shift count");
                if (y < 62 && x >= -(1LL << (62 - y)) && x < (1LL << (62 - y))) return Value::integer(x << y);
                break;
            case Op::Pow:
                if (y < 0) return Value::floating(float_pow(static_cast<double>(x), static_cast<double>(y)));
                break;
            default: break;
            }
            if (r) return Value::integer(*r);
        }
        const BigInt x = *I.big(a), y = *I.big(b);
        IntLimits limits;
        switch (op) {
        case Op::Add: return I.integer(x + y);
        case Op::Sub: return I.integer(x - y);
        case Op::Mult: return I.integer(BigInt::mul(x, y, limits));
        case Op::FloorDiv: return I.integer(BigInt::floor_div(x, y));
        case Op::Mod: return I.integer(BigInt::mod(x, y));
        case Op::Div: return Value::floating(BigInt::true_divide(x, y));
        case Op::BitAnd: return I.integer(x & y);
        case Op::BitOr: return I.integer(x | y);
        case Op::BitXor: return I.integer(x ^ y);
        case Op::LShift: return I.integer(BigInt::shift_left(x, y, limits));
        case Op::RShift: return I.integer(BigInt::shift_right(x, y));
        case Op::Pow:
            if (y.is_negative()) return Value::floating(float_pow(x.to_double(), y.to_double()));
            return I.integer(BigInt::pow(x, y, limits));
        default: break;
        }
    } catch (const NumberError& e) {
        I.number_error(e);
    }
    return Value::not_implemented();
}

Value float_binary(Interp& I, Op op, const Value& a, const Value& b) {
    try {
        const double x = I.to_float(a, "operand"), y = I.to_float(b, "operand");
        switch (op) {
        case Op::Add: return Value::floating(x + y);
        case Op::Sub: return Value::floating(x - y);
        case Op::Mult: return Value::floating(x * y);
        case Op::Div: return Value::floating(float_truediv(x, y));
        case Op::FloorDiv: return Value::floating(float_floordiv(x, y));
        case Op::Mod: return Value::floating(float_mod(x, y));
        case Op::Pow: return Value::floating(float_pow(x, y));
        default: return Value::not_implemented();
        }
    } catch (const NumberError& e) {
        I.number_error(e);
    }
}

// Repetition of a sequence: n copies (n <= 0 gives an empty one), checked against the memory cap.
std::int64_t repeat_count(Interp& I, const Value& n, std::size_t unit) {
    if (n.is(ObjType::BigInt)) {
        if (n.as<BigIntObj>()->value.is_negative()) return 0;
        I.raise("OverflowError", "cannot fit 'int' into an index-sized integer");
    }
    const std::int64_t count = I.index(n, "repeat");
    if (count > 0 && unit > 0) {
        if (static_cast<std::uint64_t>(count) > (std::uint64_t{1} << 40) / unit) I.raise("MemoryError", "");
        I.heap.reserve(static_cast<std::size_t>(count) * unit);
    }
    return count < 0 ? 0 : count;
}

template <class Seq>
std::vector<Value> repeat_items(Interp& I, const Seq& items, const Value& n) {
    const std::int64_t count = repeat_count(I, n, items.size() * sizeof(Value));
    std::vector<Value> out;
    out.reserve(static_cast<std::size_t>(count) * items.size());
    for (std::int64_t k = 0; k < count; ++k) {
        I.step();
        out.insert(out.end(), items.begin(), items.end());
    }
    return out;
}

std::string repeat_text(Interp& I, const std::string& s, const Value& n) {
    const std::int64_t count = repeat_count(I, n, s.size());
    std::string out;
    out.reserve(static_cast<std::size_t>(count) * s.size());
    for (std::int64_t k = 0; k < count; ++k)
        out += s;
    return out;
}

// The builtin types' binary operators; NotImplemented when the pair has none.
Value builtin_binary(Interp& I, Op op, const Value& a, const Value& b) {
    const bool an = is_number(a), bn = is_number(b);
    if (an && bn) {
        if (a.is_float() || b.is_float()) return float_binary(I, op, a, b);
        return int_binary(I, op, a, b);
    }
    if (!a.is_object() && !b.is_object()) return Value::not_implemented();
    const ObjType ta = a.is_object() ? a.obj()->type() : ObjType::Native;
    const ObjType tb = b.is_object() ? b.obj()->type() : ObjType::Native;
    switch (op) {
    case Op::Add:
        if (ta == ObjType::Str && tb == ObjType::Str) {
            const std::string& x = a.as<StrObj>()->text;
            const std::string& y = b.as<StrObj>()->text;
            I.heap.reserve(x.size() + y.size());
            std::string s;
            s.reserve(x.size() + y.size());
            s.append(x).append(y);
            return I.str(std::move(s));
        }
        if (ta == ObjType::Bytes && tb == ObjType::Bytes)
            return I.bytes(a.as<BytesObj>()->bytes + b.as<BytesObj>()->bytes);
        if (ta == ObjType::List && tb == ObjType::List) {
            std::vector<Value> out = a.as<ListObj>()->items;
            const auto& more = b.as<ListObj>()->items;
            out.insert(out.end(), more.begin(), more.end());
            return I.list(std::move(out));
        }
        if (ta == ObjType::Tuple && tb == ObjType::Tuple) {
            std::vector<Value> out = a.as<TupleObj>()->items;
            const auto& more = b.as<TupleObj>()->items;
            out.insert(out.end(), more.begin(), more.end());
            return I.tuple(std::move(out));
        }
        if (ta == ObjType::Str && !user_dunder(I, b, "__radd__"))
            I.type_error("can only concatenate str (not \"" + I.type_name(b) + "\") to str");
        if (ta == ObjType::List && !user_dunder(I, b, "__radd__"))
            I.type_error("can only concatenate list (not \"" + I.type_name(b) + "\") to list");
        if (ta == ObjType::Tuple && !user_dunder(I, b, "__radd__"))
            I.type_error("can only concatenate tuple (not \"" + I.type_name(b) + "\") to tuple");
        if (ta == ObjType::Bytes && !user_dunder(I, b, "__radd__"))
            I.type_error("can't concat " + I.type_name(b) + " to " + I.type_name(a));
        break;
    case Op::Mult: {
        const Value* seq = nullptr;
        const Value* n = nullptr;
        if (I.is_int(b) && (ta == ObjType::Str || ta == ObjType::Bytes || ta == ObjType::List || ta == ObjType::Tuple))
            seq = &a, n = &b;
        else if (I.is_int(a) && (tb == ObjType::Str || tb == ObjType::Bytes || tb == ObjType::List || tb == ObjType::Tuple))
            seq = &b, n = &a;
        if (seq != nullptr) {
            switch (seq->obj()->type()) {
            case ObjType::Str: return I.str(repeat_text(I, seq->as<StrObj>()->text, *n));
            case ObjType::Bytes: return I.bytes(repeat_text(I, seq->as<BytesObj>()->bytes, *n));
            case ObjType::List: return I.list(repeat_items(I, seq->as<ListObj>()->items, *n));
            default: return I.tuple(repeat_items(I, seq->as<TupleObj>()->items, *n));
            }
        }
        const bool sa = ta == ObjType::Str || ta == ObjType::List || ta == ObjType::Tuple || ta == ObjType::Bytes;
        if (sa && !user_dunder(I, b, "__rmul__"))
            I.type_error("can't multiply sequence by non-int of type '" + I.type_name(b) + "'");
        break;
    }
    case Op::Mod:
        if (ta == ObjType::Str) return I.str(percent_format(I, a.as<StrObj>()->text, b));
        if (ta == ObjType::Bytes) return I.bytes(percent_format(I, a.as<BytesObj>()->bytes, b, true));
        break;
    case Op::BitOr:
    case Op::BitAnd:
    case Op::Sub:
    case Op::BitXor: {
        const bool sa = ta == ObjType::Set || ta == ObjType::FrozenSet || ta == ObjType::DictView;
        const bool sb = tb == ObjType::Set || tb == ObjType::FrozenSet || tb == ObjType::DictView;
        if (sa && sb) return set_operation(I, op, a, b);
        if (op == Op::BitOr && ta == ObjType::Dict && tb == ObjType::Dict) {
            Ref<DictObj> out = I.dict();
            for (const Value* d : {&a, &b})
                for (const DictObj::Entry& e : d->as<DictObj>()->entries())
                    if (e.live) out->set(I, e.key, e.hash, e.value);
            return Value(out);
        }
        break;
    }
    default:
        break;
    }
    return Value::not_implemented();
}

[[noreturn]] void unsupported(Interp& I, Op op, const Value& a, const Value& b) {
    I.type_error(std::string("unsupported operand type(s) for ") + info(op).symbol + ": '" + I.type_name(a) +
                 "' and '" + I.type_name(b) + "'");
}

// Python's binary_op1: the left operand's method, then the right's reflected one (the right first
// when its class is a subclass of the left's that overrides it).
Value dispatch(Interp& I, Op op, const Value& a, const Value& b) {
    const OpInfo names = info(op);
    const Value* fa = user_dunder(I, a, names.dunder);
    const Value* fb = a.same(b) ? nullptr : user_dunder(I, b, names.rdunder);
    ClassObj* ca = I.type_of(a);
    ClassObj* cb = I.type_of(b);
    if (fb != nullptr && cb != ca && cb->is_subclass_of(ca)) {
        Value r = call_dunder(I, *fb, b, {a});
        if (r.tag() != Value::Tag::NotImplemented) return r;
        fb = nullptr;
    }
    if (fa != nullptr) {
        Value r = call_dunder(I, *fa, a, {b});
        if (r.tag() != Value::Tag::NotImplemented) return r;
    }
    const Value& ua = unwrap(a);
    // str % mapping keeps the mapping itself: a dict subclass's __missing__ answers for a key.
    const Value& ub = op == Op::Mod && (ua.is(ObjType::Str) || ua.is(ObjType::Bytes)) ? b : unwrap(b);
    Value r = builtin_binary(I, op, ua, ub);
    if (r.tag() != Value::Tag::NotImplemented) return r;
    if (fb != nullptr) {
        Value rr = call_dunder(I, *fb, b, {a});
        if (rr.tag() != Value::Tag::NotImplemented) return rr;
    }
    return Value::not_implemented();
}

} // namespace

Value Interp::binary(Op op, const Value& a, const Value& b) {
    // The hot path: two small ints.
    if (a.is_int() && b.is_int()) {
        const std::int64_t x = a.as_int(), y = b.as_int();
        std::int64_t r;
        switch (op) {
        case Op::Add:
            if (!__builtin_add_overflow(x, y, &r)) return Value::integer(r);
            break;
        case Op::Sub:
            if (!__builtin_sub_overflow(x, y, &r)) return Value::integer(r);
            break;
        case Op::Mult:
            if (!__builtin_mul_overflow(x, y, &r)) return Value::integer(r);
            break;
        default:
            break;
        }
    }
    Value r = dispatch(*this, op, a, b);
    if (r.tag() == Value::Tag::NotImplemented) {
        // int | None, str | int: a union type for annotations (typing._type_or), as Python 3.10+
        const bool a_type = a.is(ObjType::Class) || a.is_none(), b_type = b.is(ObjType::Class) || b.is_none();
        if (op == Op::BitOr && a_type && b_type && (a.is(ObjType::Class) || b.is(ObjType::Class))) {
            Ref<ModuleObj> typing = import_module("typing");
            if (std::optional<Value> f = getattr_if(Value(typing), "_type_or")) return call(*f, {a, b});
        }
        unsupported(*this, op, a, b);
    }
    return r;
}

// a op= b: the left's __iop__, else the plain operator; lists extend in place.
Value Interp::inplace(Op op, const Value& a, const Value& b) {
    if (ListObj* l = a.get<ListObj>()) {
        if (op == Op::Add) {
            std::vector<Value> more = to_vector(b);
            l->items.insert(l->items.end(), more.begin(), more.end());
            l->resized();
            return a;
        }
        if (op == Op::Mult) {
            l->items = repeat_items(*this, std::vector<Value>(l->items), b);
            l->resized();
            return a;
        }
    }
    if (SetObj* s = a.get<SetObj>(); s != nullptr && !s->frozen &&
                                      (op == Op::BitOr || op == Op::BitAnd || op == Op::Sub || op == Op::BitXor)) {
        if (!b.is(ObjType::Set) && !b.is(ObjType::FrozenSet) && !b.is(ObjType::DictView))
            unsupported(*this, op, a, b);
        Value r = set_operation(*this, op, a, b);
        s->table = r.as<SetObj>()->table;
        s->hashed = false;
        return a;
    }
    if (DictObj* d = a.get<DictObj>(); d != nullptr && op == Op::BitOr) {
        call_method(a, "update", CallArgs{b});
        return a;
    }
    if (const Value* f = user_dunder(*this, a, info(op).idunder)) {
        Value r = call_dunder(*this, *f, a, {b});
        if (r.tag() != Value::Tag::NotImplemented) return r;
    }
    return binary(op, a, b);
}

Value Interp::unary(Op op, const Value& v) {
    if (op == Op::Not) return Value::boolean(!truthy(v));
    const char* dunder = op == Op::USub ? "__neg__" : op == Op::UAdd ? "__pos__" : "__invert__";
    const char* symbol = op == Op::USub ? "-" : op == Op::UAdd ? "+" : "~";
    if (v.is_int() || v.is_bool()) {
        const std::int64_t x = small_of(v);
        if (op == Op::UAdd) return Value::integer(x);
        if (op == Op::Invert) return Value::integer(~x);
        if (x != INT64_MIN) return Value::integer(-x);
        return integer(-BigInt(x));
    }
    if (v.is_float()) {
        if (op == Op::USub) return Value::floating(-v.as_float());
        if (op == Op::UAdd) return v;
    }
    if (const BigIntObj* b = v.get<BigIntObj>()) {
        if (op == Op::UAdd) return v;
        if (op == Op::USub) return integer(-b->value);
        return integer(~b->value);
    }
    if (const Value* f = user_dunder(*this, v, dunder)) return call_dunder(*this, *f, v, {});
    if (const InstanceObj* i = v.get<InstanceObj>())
        if (!i->base.is_none()) return unary(op, i->base);
    type_error(std::string("bad operand type for unary ") + symbol + ": '" + type_name(v) + "'");
}

// ---- ordering -------------------------------------------------------------------------------------

namespace {

// -1, 0, 1 for two numbers; 2 when unordered (nan).
int number_order(Interp& I, const Value& a, const Value& b) {
    if ((a.is_int() || a.is_bool()) && (b.is_int() || b.is_bool())) {
        const std::int64_t x = small_of(a), y = small_of(b);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    std::partial_ordering o = std::partial_ordering::unordered;
    if (a.is_float() && b.is_float()) {
        o = a.as_float() <=> b.as_float();
    } else if (a.is_float()) {
        o = 0 <=> compare(*I.big(b), a.as_float());
    } else if (b.is_float()) {
        o = compare(*I.big(a), b.as_float());
    } else {
        auto so = *I.big(a) <=> *I.big(b);
        return so < 0 ? -1 : so > 0 ? 1 : 0;
    }
    if (o == std::partial_ordering::unordered) return 2;
    return o < 0 ? -1 : o > 0 ? 1 : 0;
}

bool holds(Op op, int order) {
    if (order == 2) return op == Op::NotEq;
    switch (op) {
    case Op::Lt: return order < 0;
    case Op::LtE: return order <= 0;
    case Op::Gt: return order > 0;
    case Op::GtE: return order >= 0;
    case Op::Eq: return order == 0;
    default: return order != 0;
    }
}

// Lexicographic order of two sequences, as Python compares lists and tuples.
Value sequence_compare(Interp& I, Op op, const std::vector<Value>& x, const std::vector<Value>& y) {
    I.check_stack();
    std::size_t i = 0;
    for (; i < x.size() && i < y.size(); ++i)
        if (!x[i].same(y[i]) && !I.eq(x[i], y[i])) break;
    if (i >= x.size() || i >= y.size()) {
        const int order = x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
        return Value::boolean(holds(op, order));
    }
    if (op == Op::Eq) return Value::boolean(false);
    if (op == Op::NotEq) return Value::boolean(true);
    return I.compare(op, x[i], y[i]);
}

Value builtin_compare(Interp& I, Op op, const Value& a, const Value& b) {
    if (is_number(a) && is_number(b)) return Value::boolean(holds(op, number_order(I, a, b)));
    if (!a.is_object() || !b.is_object()) return Value::not_implemented();
    const ObjType ta = a.obj()->type(), tb = b.obj()->type();
    if (ta == ObjType::Str && tb == ObjType::Str) {
        const int c = a.as<StrObj>()->text.compare(b.as<StrObj>()->text); // UTF-8 order is code point order
        return Value::boolean(holds(op, c < 0 ? -1 : c > 0 ? 1 : 0));
    }
    if (ta == ObjType::Bytes && tb == ObjType::Bytes) {
        const int c = a.as<BytesObj>()->bytes.compare(b.as<BytesObj>()->bytes);
        return Value::boolean(holds(op, c < 0 ? -1 : c > 0 ? 1 : 0));
    }
    if (ta == ObjType::List && tb == ObjType::List) {
        std::vector<Value> x = a.as<ListObj>()->items, y = b.as<ListObj>()->items;
        return sequence_compare(I, op, x, y);
    }
    if (ta == ObjType::Tuple && tb == ObjType::Tuple)
        return sequence_compare(I, op, a.as<TupleObj>()->items, b.as<TupleObj>()->items);
    const bool sa = ta == ObjType::Set || ta == ObjType::FrozenSet, sb = tb == ObjType::Set || tb == ObjType::FrozenSet;
    if (sa && sb) {
        SetObj& x = *a.as<SetObj>();
        SetObj& y = *b.as<SetObj>();
        const std::size_t nx = x.table->size(), ny = y.table->size();
        switch (op) {
        case Op::Lt: return Value::boolean(nx < ny && set_subset(I, x, y));
        case Op::LtE: return Value::boolean(set_subset(I, x, y));
        case Op::Gt: return Value::boolean(nx > ny && set_subset(I, y, x));
        case Op::GtE: return Value::boolean(set_subset(I, y, x));
        default: break;
        }
    }
    return Value::not_implemented();
}

} // namespace

Value Interp::compare(Op op, const Value& a, const Value& b) {
    switch (op) {
    case Op::Is: return Value::boolean(a.same(b));
    case Op::IsNot: return Value::boolean(!a.same(b));
    case Op::In: return Value::boolean(contains(b, a));
    case Op::NotIn: return Value::boolean(!contains(b, a));
    default: break;
    }
    if (a.is_int() && b.is_int()) {
        const std::int64_t x = a.as_int(), y = b.as_int();
        return Value::boolean(holds(op, x < y ? -1 : x > y ? 1 : 0));
    }
    const OpInfo names = info(op);
    const bool user_a = a.is(ObjType::Instance) || a.is(ObjType::Native) || a.is(ObjType::Class);
    const bool user_b = b.is(ObjType::Instance) || b.is(ObjType::Native) || b.is(ObjType::Class);
    if (user_a || user_b) {
        const Value* fa = user_a ? user_dunder(*this, a, names.dunder) : nullptr;
        const Value* fb = user_b ? user_dunder(*this, b, names.rdunder) : nullptr;
        ClassObj* ca = type_of(a);
        ClassObj* cb = type_of(b);
        if (fb != nullptr && cb != ca && cb->is_subclass_of(ca)) {
            Value r = call_dunder(*this, *fb, b, {a});
            if (r.tag() != Value::Tag::NotImplemented) return r;
            fb = nullptr;
        }
        if (fa != nullptr) {
            Value r = call_dunder(*this, *fa, a, {b});
            if (r.tag() != Value::Tag::NotImplemented) return r;
        }
        if (fb != nullptr) {
            Value r = call_dunder(*this, *fb, b, {a});
            if (r.tag() != Value::Tag::NotImplemented) return r;
        }
        if (op == Op::NotEq) {
            // != defaults to the inverse of ==, as object.__ne__ does
            if (const Value* fe = user_a ? user_dunder(*this, a, "__eq__") : nullptr) {
                Value r = call_dunder(*this, *fe, a, {b});
                if (r.tag() != Value::Tag::NotImplemented) return Value::boolean(!truthy(r));
            }
        }
    }
    if (op == Op::Eq) return Value::boolean(eq(a, b));
    if (op == Op::NotEq) return Value::boolean(!eq(a, b));
    Value r = builtin_compare(*this, op, unwrap(a), unwrap(b));
    if (r.tag() != Value::Tag::NotImplemented) return r;
    type_error(std::string("'") + names.symbol + "' not supported between instances of '" + type_name(a) + "' and '" +
               type_name(b) + "'");
}

} // namespace revlab::py
