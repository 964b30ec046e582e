// The builtins namespace: Python's builtin functions and types as scripts use them. What would
// reach outside the sandbox (open, exec, eval, compile, input) stops the script with a message
// that says why.
#include "py/floats.hpp"
#include "py/runtime/args.hpp"
#include "py/runtime/classes.hpp"
#include "py/runtime/dispatch.hpp"
#include "py/runtime/generators.hpp"
#include "py/runtime/setup.hpp"
#include "py/runtime/text.hpp"
#include "py/unicode.hpp"

#include <algorithm>
#include <cmath>

namespace revlab::py {

void sort_values(Interp& I, std::vector<Value>& values, const Value& key, bool reverse); // methods_list.cpp

namespace {

Value b_len(Interp& I, const Value&, CallArgs& args, const Value&) {
    if (args.pos.size() != 1 || !args.kw.empty())
        I.type_error("len() takes exactly one argument (" + std::to_string(args.pos.size()) + " given)");
    return Value::integer(I.len(args.pos[0]));
}

Value b_print(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "print", {"*", "$sep", "$end", "$file", "$flush"});
    const std::string sep = a.has(0) && !a[0].is_none() ? I.to_str(a[0]) : " ";
    const std::string end = a.has(1) && !a[1].is_none() ? I.to_str(a[1]) : "\n";
    std::string line;
    for (std::size_t i = 0; i < a.rest().size(); ++i) {
        if (i > 0) line += sep;
        line += I.to_str(a.rest()[i]);
    }
    line += end;
    I.printed += line.size();
    if (I.printed > Interp::kMaxOutput)
        I.halt("the script printed more than " + std::to_string(Interp::kMaxOutput >> 20) +
               " MiB; Revlab stops scripts there (an endless loop of print()?)");
    // print(file=f) writes to f; without it, to sys.stdout as it is now (a script may replace it).
    Value target = a.has(2) && !a[2].is_none() ? a[2] : Value();
    if (target.is_none())
        if (auto sys = I.modules.find("sys"); sys != I.modules.end())
            if (const Value* out = sys->second->dict->find("stdout")) target = *out;
    const Value* host_out = I.host_state.count("sys.stdout") ? &I.host_state["sys.stdout"] : nullptr;
    const Value* host_err = I.host_state.count("sys.stderr") ? &I.host_state["sys.stderr"] : nullptr;
    if (target.is_none() || (host_out && target.same(*host_out))) {
        if (I.host.out) I.host.out(line);
    } else if (host_err && target.same(*host_err)) {
        if (I.host.err) I.host.err(line);
    } else {
        I.call_method(target, "write", CallArgs{I.str(line)});
    }
    return Value();
}

Value b_repr(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "repr", {"obj", "/"});
    return I.str(I.repr(a[0]));
}

Value b_ascii(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "ascii", {"obj", "/"});
    return I.str(ascii_of(I, a[0]));
}

Value b_format(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "format", {"value", "format_spec=", "/"});
    return I.format(a[0], a.has(1) ? I.to_str(a[1]) : "");
}

Value b_abs(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "abs", {"x", "/"});
    const Value& x = a[0];
    if (x.is_float()) return Value::floating(std::fabs(x.as_float()));
    if (I.is_int(x) && !x.is(ObjType::Instance)) return I.integer(I.big(x)->abs());
    if (const Value* f = user_dunder(I, x, "__abs__")) return call_dunder(I, *f, x, {});
    if (const InstanceObj* inst = x.get<InstanceObj>(); inst && !inst->base.is_none()) {
        CallArgs inner{inst->base};
        return b_abs(I, Value(), inner, Value());
    }
    I.type_error("bad operand type for abs(): '" + I.type_name(x) + "'");
}

Value b_round(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "round", {"number", "ndigits="});
    const Value& x = unwrap(a[0]);
    const bool digits = a.has(1) && !a[1].is_none();
    if (const Value* f = user_dunder(I, a[0], "__round__"))
        return digits ? call_dunder(I, *f, a[0], {a[1]}) : call_dunder(I, *f, a[0], {});
    try {
        if (x.is_float()) {
            if (!digits) return I.integer(float_round(x.as_float()));
            return Value::floating(float_round(x.as_float(), I.index(a[1], "ndigits")));
        }
        if (I.is_int(x)) {
            if (!digits) return I.integer(*I.big(x));
            const std::int64_t n = I.index(a[1], "ndigits");
            if (n >= 0) return I.integer(*I.big(x));
            // round half to even at 10**-n
            BigInt p = BigInt::pow(BigInt(10), BigInt(-n));
            BigInt v = *I.big(x);
            auto [q, r] = BigInt::divmod(v, p);
            BigInt twice = r + r;
            if (twice > p || (twice == p && q.is_odd())) q = q + BigInt(1);
            return I.integer(q * p);
        }
    } catch (const NumberError& e) {
        I.number_error(e);
    }
    I.type_error("type " + I.type_name(a[0]) + " doesn't define __round__ method");
}

Value b_divmod(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "divmod", {"x", "y", "/"});
    if (const Value* f = user_dunder(I, a[0], "__divmod__")) return call_dunder(I, *f, a[0], {a[1]});
    return I.tuple({I.binary(Op::FloorDiv, a[0], a[1]), I.binary(Op::Mod, a[0], a[1])});
}

Value b_pow(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "pow", {"base", "exp", "mod="});
    if (!a.has(2) || a[2].is_none()) return I.binary(Op::Pow, a[0], a[1]);
    if (!I.is_int(a[0]) || !I.is_int(a[1]) || !I.is_int(a[2]))
        I.type_error("pow() 3rd argument not allowed unless all arguments are integers");
    try {
        return I.integer(BigInt::pow_mod(*I.big(a[0]), *I.big(a[1]), *I.big(a[2])));
    } catch (const NumberError& e) {
        I.number_error(e);
    }
}

// min() and max(): one iterable or several arguments, key=, default=.
Value b_minmax(Interp& I, const Value&, CallArgs& args, const Value& is_max) {
    const char* name = is_max.as_bool() ? "max" : "min";
    Args a(I, args, name, {"*", "$key", "$default"});
    std::vector<Value> items;
    if (a.rest().size() == 1) {
        items = I.to_vector(a.rest()[0]);
    } else if (a.rest().empty()) {
        I.type_error(std::string(name) + " expected at least 1 argument, got 0");
    } else {
        if (a.has(1)) I.type_error(std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
        items = a.rest();
    }
    if (items.empty()) {
        if (a.has(1)) return a[1];
        I.value_error(std::string(name) + "() arg is an empty sequence");
    }
    const Value key = a.get(0);
    Value best = items[0];
    Value best_key = key.is_none() ? best : I.call(key, {best});
    for (std::size_t i = 1; i < items.size(); ++i) {
        Value k = key.is_none() ? items[i] : I.call(key, {items[i]});
        if (I.compare_bool(is_max.as_bool() ? Op::Gt : Op::Lt, k, best_key)) {
            best = items[i];
            best_key = k;
        }
    }
    return best;
}

Value b_sum(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "sum", {"iterable", "/", "start="});
    Value total = a.get(1, Value::integer(0));
    if (total.is(ObjType::Str)) I.type_error("sum() can't sum strings [use ''.join(seq) instead]");
    if (total.is(ObjType::Bytes)) I.type_error("sum() can't sum bytes [use b''.join(seq) instead]");
    Value it = I.iter(a[0]);
    while (std::optional<Value> v = I.next(it)) {
        I.step();
        total = I.binary(Op::Add, total, *v);
    }
    return total;
}

Value b_any_all(Interp& I, const Value&, CallArgs& args, const Value& all) {
    Args a(I, args, all.as_bool() ? "all" : "any", {"iterable", "/"});
    Value it = I.iter(a[0]);
    while (std::optional<Value> v = I.next(it)) {
        I.step();
        if (I.truthy(*v) != all.as_bool()) return Value::boolean(!all.as_bool());
    }
    return Value::boolean(all.as_bool());
}

Value b_sorted(Interp& I, const Value&, CallArgs& args, const Value&) {
    if (args.pos.size() != 1) I.type_error("sorted expected 1 argument, got " + std::to_string(args.pos.size()));
    Args a(I, args, "sorted", {"iterable", "/", "$key", "$reverse"});
    std::vector<Value> items = I.to_vector(a[0]);
    sort_values(I, items, a.get(1), a.has(2) && I.truthy(a[2]));
    return I.list(std::move(items));
}

Value b_reversed(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "reversed", {"sequence", "/"});
    if (const Value* f = user_dunder(I, a[0], "__reversed__")) return call_dunder(I, *f, a[0], {});
    const Value& s = unwrap(a[0]);
    Ref<IteratorObj> it = I.heap.make<IteratorObj>(IteratorObj::Kind::Reversed);
    it->name = "reversed";
    if (s.is(ObjType::Dict) || s.is(ObjType::DictView)) {
        std::vector<Value> items = I.to_vector(s);
        it->source = I.list(std::move(items));
    } else if (s.is(ObjType::List) || s.is(ObjType::Tuple) || s.is(ObjType::Range) || s.is(ObjType::Str) ||
               user_dunder(I, s, "__getitem__")) {
        it->source = s.is(ObjType::Str) ? I.list(I.to_vector(s)) : s;
    } else {
        I.type_error("'" + I.type_name(s) + "' object is not reversible");
    }
    it->index = I.len(it->source);
    return Value(it);
}

Value b_enumerate(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "enumerate", {"iterable", "start="});
    Ref<IteratorObj> it = I.heap.make<IteratorObj>(IteratorObj::Kind::Enumerate);
    it->name = "enumerate";
    it->source = I.iter(a[0]);
    if (a.has(1)) {
        if (a[1].is_int()) it->index = a[1].as_int();
        else if (I.is_int(a[1])) it->func = a[1]; // a big start counts in Python ints
        else I.type_error("'" + I.type_name(a[1]) + "' object cannot be interpreted as an integer");
    }
    return Value(it);
}

Value b_zip(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "zip", {"*", "$strict"});
    Ref<IteratorObj> it = I.heap.make<IteratorObj>(IteratorObj::Kind::Zip);
    it->name = "zip";
    for (const Value& v : a.rest())
        it->items.push_back(I.iter(v));
    it->strict = a.has(0) && I.truthy(a[0]);
    return Value(it);
}

Value b_map(Interp& I, const Value&, CallArgs& args, const Value&) {
    if (args.pos.size() < 2) I.type_error("map() must have at least two arguments.");
    Ref<IteratorObj> it = I.heap.make<IteratorObj>(IteratorObj::Kind::Map);
    it->name = "map";
    it->func = args.pos[0];
    for (std::size_t i = 1; i < args.pos.size(); ++i)
        it->items.push_back(I.iter(args.pos[i]));
    return Value(it);
}

Value b_filter(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "filter", {"function", "iterable", "/"});
    Ref<IteratorObj> it = I.heap.make<IteratorObj>(IteratorObj::Kind::Filter);
    it->name = "filter";
    it->func = a[0];
    it->source = I.iter(a[1]);
    return Value(it);
}

Value b_iter(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "iter", {"object", "sentinel=", "/"});
    if (!a.has(1)) return I.iter(a[0]);
    Ref<IteratorObj> it = I.heap.make<IteratorObj>(IteratorObj::Kind::CallIter);
    it->name = "callable_iterator";
    it->func = a[0];
    it->sentinel = a[1];
    return Value(it);
}

Value b_next(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "next", {"iterator", "default=", "/"});
    if (!a[0].is(ObjType::Iterator) && !a[0].is(ObjType::Generator) && !user_dunder(I, a[0], "__next__"))
        I.type_error("'" + I.type_name(a[0]) + "' object is not an iterator");
    Value returned; // a generator's return value goes with its StopIteration
    std::optional<Value> v;
    if (GeneratorObj* g = a[0].get<GeneratorObj>()) v = g->advance(I, Value(), Value(), returned);
    else v = I.next(a[0]);
    if (v) return *v;
    if (a.has(1)) return a[1];
    raise_stop_iteration(I, returned);
}

Value b_isinstance(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "isinstance", {"obj", "class_or_tuple", "/"});
    std::function<bool(const Value&)> check = [&](const Value& spec) -> bool {
        if (const TupleObj* t = spec.get<TupleObj>()) {
            for (const Value& s : t->items)
                if (check(s)) return true;
            return false;
        }
        ClassObj* c = spec.get<ClassObj>();
        if (c == nullptr) {
            if (auto r = I.call_method_if(spec, "__instancecheck__", CallArgs{a[0]})) return I.truthy(*r);
            I.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        if (I.isinstance(a[0], c)) return true;
        // a metaclass with __instancecheck__ (typing's aliases, ABCs)
        if (const Value* f = user_dunder(I, spec, "__instancecheck__")) return I.truthy(call_dunder(I, *f, spec, {a[0]}));
        return false;
    };
    return Value::boolean(check(a[1]));
}

Value b_issubclass(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "issubclass", {"cls", "class_or_tuple", "/"});
    ClassObj* c = a[0].get<ClassObj>();
    if (c == nullptr) I.type_error("issubclass() arg 1 must be a class");
    std::function<bool(const Value&)> check = [&](const Value& spec) -> bool {
        if (const TupleObj* t = spec.get<TupleObj>()) {
            for (const Value& s : t->items)
                if (check(s)) return true;
            return false;
        }
        ClassObj* p = spec.get<ClassObj>();
        if (p == nullptr) I.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        if (c->is_subclass_of(p)) return true;
        if (const Value* f = user_dunder(I, spec, "__subclasscheck__")) return I.truthy(call_dunder(I, *f, spec, {a[0]}));
        return false;
    };
    return Value::boolean(check(a[1]));
}

Value b_getattr(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "getattr", {"object", "name", "default=", "/"});
    const StrObj* name = unwrap(a[1]).get<StrObj>();
    if (name == nullptr) I.type_error("attribute name must be string, not '" + I.type_name(a[1]) + "'");
    if (!a.has(2)) return I.getattr(a[0], name->text);
    try {
        if (std::optional<Value> v = I.getattr_if(a[0], name->text)) return *v;
    } catch (PyException& e) {
        if (!I.isinstance(e.exc, I.t.exc("AttributeError"))) throw;
    }
    return a[2];
}

Value b_setattr(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "setattr", {"obj", "name", "value", "/"});
    const StrObj* name = unwrap(a[1]).get<StrObj>();
    if (name == nullptr) I.type_error("attribute name must be string, not '" + I.type_name(a[1]) + "'");
    I.setattr(a[0], name->text, a[2]);
    return Value();
}

Value b_delattr(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "delattr", {"obj", "name", "/"});
    I.delattr(a[0], I.to_str(a[1]));
    return Value();
}

Value b_hasattr(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "hasattr", {"obj", "name", "/"});
    const StrObj* name = unwrap(a[1]).get<StrObj>();
    if (name == nullptr) I.type_error("attribute name must be string, not '" + I.type_name(a[1]) + "'");
    try {
        return Value::boolean(I.getattr_if(a[0], name->text).has_value());
    } catch (PyException& e) {
        if (I.isinstance(e.exc, I.t.exc("AttributeError"))) return Value::boolean(false);
        throw;
    }
}

Value b_hash(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "hash", {"obj", "/"});
    return Value::integer(I.hash(a[0]));
}

Value b_id(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "id", {"obj", "/"});
    if (a[0].is_object()) return Value::integer(static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(a[0].obj())));
    return Value::integer(I.hash(a[0]) ^ 0x5bd1e995);
}

Value b_callable(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "callable", {"obj", "/"});
    const Value& v = a[0];
    if (!v.is_object()) return Value::boolean(false);
    switch (v.obj()->type()) {
    case ObjType::Function:
    case ObjType::Builtin:
    case ObjType::BoundMethod:
    case ObjType::Class:
    case ObjType::StaticMethod:
        return Value::boolean(true);
    case ObjType::Instance:
    case ObjType::Native:
        return Value::boolean(user_dunder(I, v, "__call__") != nullptr);
    default:
        return Value::boolean(false);
    }
}

Value b_chr(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "chr", {"i", "/"});
    if (!I.is_int(a[0])) I.type_error("'" + I.type_name(a[0]) + "' object cannot be interpreted as an integer");
    const std::int64_t n = I.index(a[0], "chr");
    if (n < 0 || n > 0x10FFFF) I.value_error("chr() arg not in range(0x110000)");
    std::string out;
    append_utf8(out, static_cast<char32_t>(n));
    return I.str(std::move(out));
}

Value b_ord(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "ord", {"c", "/"});
    if (const StrObj* s = unwrap(a[0]).get<StrObj>()) {
        if (s->length() != 1)
            I.type_error("ord() expected a character, but string of length " + std::to_string(s->length()) + " found");
        return Value::integer(decode_utf8(s->text, 0).value);
    }
    if (const BytesObj* b = a[0].get<BytesObj>()) {
        if (b->bytes.size() != 1)
            I.type_error("ord() expected a character, but string of length " + std::to_string(b->bytes.size()) + " found");
        return Value::integer(static_cast<unsigned char>(b->bytes[0]));
    }
    I.type_error("ord() expected string of length 1, but " + I.type_name(a[0]) + " found");
}

Value b_base(Interp& I, const Value&, CallArgs& args, const Value& base) {
    const int b = static_cast<int>(base.as_int());
    const char* name = b == 16 ? "hex" : b == 8 ? "oct" : "bin";
    Args a(I, args, name, {"number", "/"});
    Value n = a[0];
    if (!I.is_int(n)) {
        if (const Value* f = user_dunder(I, n, "__index__")) n = call_dunder(I, *f, n, {});
        else I.type_error("'" + I.type_name(a[0]) + "' object cannot be interpreted as an integer");
    }
    BigInt v = *I.big(n);
    std::string digits = v.abs().to_string(b);
    const char* prefix = b == 16 ? "0x" : b == 8 ? "0o" : "0b";
    return I.str(std::string(v.is_negative() ? "-" : "") + prefix + digits);
}

Value b_vars(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "vars", {"object=", "/"});
    if (!a.has(0)) {
        const auto& frames = I.frames();
        if (frames.empty()) return Value(I.dict());
        Frame& f = *frames.back();
        return Value(f.ns != nullptr ? f.ns : f.globals);
    }
    if (std::optional<Value> d = I.getattr_if(a[0], "__dict__")) return *d;
    I.type_error("vars() argument must have __dict__ attribute");
}

Value b_dir(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "dir", {"object=", "/"});
    if (a.has(0)) {
        if (const ModuleObj* m = a[0].get<ModuleObj>()) {
            std::vector<Value> names;
            for (const DictObj::Entry& e : m->dict->entries())
                if (e.live) names.push_back(e.key);
            sort_values(I, names, Value(), false);
            return I.list(std::move(names));
        }
        return I.call_method(a[0], "__dir__", CallArgs{});
    }
    const auto& frames = I.frames();
    std::vector<Value> names;
    if (!frames.empty()) {
        Frame& f = *frames.back();
        for (const DictObj::Entry& e : (f.ns != nullptr ? f.ns : f.globals)->entries())
            if (e.live) names.push_back(e.key);
    }
    sort_values(I, names, Value(), false);
    return I.list(std::move(names));
}

Value b_globals(Interp& I, const Value&, CallArgs& args, const Value&) {
    no_args(I, args, "globals");
    const auto& frames = I.frames();
    if (frames.empty()) return Value(I.dict());
    return Value(frames.back()->globals);
}

// locals(): the class namespace in a class body, the globals at module level, and in a function a
// new dict of its bound locals (as CPython's snapshot).
Value b_locals(Interp& I, const Value&, CallArgs& args, const Value&) {
    no_args(I, args, "locals");
    const auto& frames = I.frames();
    if (frames.empty()) return Value(I.dict());
    Frame& f = *frames.back();
    if (f.ns != nullptr) return Value(f.ns);
    if (f.function == nullptr && f.code != nullptr && f.code->kind == CodeInfo::Kind::Module) return Value(f.globals);
    Ref<DictObj> d = I.dict();
    if (f.code != nullptr)
        for (std::size_t i = 0; i < f.slots.size() && i < f.code->slots.size(); ++i) {
            Value v = f.slots[i];
            if (const CellObj* c = v.get<CellObj>(); c != nullptr && f.code->is_cell[i]) {
                if (c->empty) continue;
                v = c->value;
            }
            if (v.is_unbound()) continue;
            d->set(I, f.code->slots[i], v);
        }
    return Value(d);
}

// What a sandbox cannot offer: stops the script, naming the function and the reason.
Value b_refused(Interp& I, const Value&, CallArgs&, const Value& what) {
    const std::string name = I.to_str(what);
    std::string why = name == "open"    ? "scripts cannot read or write files"
                      : name == "input" ? "scripts cannot wait for input"
                                        : "scripts cannot run code from strings";
    I.halt(name + "() is not available in Revlab's sandbox: " + why +
           "; write what the script needs directly in the revision file or a module of the project");
}

Value b_import(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "__import__", {"name", "globals=", "locals=", "fromlist=", "level="});
    const std::string name = I.to_str(a[0]);
    Ref<ModuleObj> m = I.import_module(name);
    if (a.has(3) && !a[3].is_none() && I.truthy(a[3])) return Value(m);
    return Value(I.import_module(name.substr(0, name.find('.'))));
}

void def(Interp& I, const char* name, NativeFn fn, Value data = {}) {
    I.builtins->set(I, name, I.builtin(name, fn, Value(), std::move(data)));
}

} // namespace

void setup_builtins(Interp& I) {
    DictObj& b = *I.builtins;
    def(I, "len", b_len);
    def(I, "print", b_print);
    def(I, "repr", b_repr);
    def(I, "ascii", b_ascii);
    def(I, "format", b_format);
    def(I, "abs", b_abs);
    def(I, "round", b_round);
    def(I, "divmod", b_divmod);
    def(I, "pow", b_pow);
    def(I, "min", b_minmax, Value::boolean(false));
    def(I, "max", b_minmax, Value::boolean(true));
    def(I, "sum", b_sum);
    def(I, "any", b_any_all, Value::boolean(false));
    def(I, "all", b_any_all, Value::boolean(true));
    def(I, "sorted", b_sorted);
    def(I, "reversed", b_reversed);
    def(I, "enumerate", b_enumerate);
    def(I, "zip", b_zip);
    def(I, "map", b_map);
    def(I, "filter", b_filter);
    def(I, "iter", b_iter);
    def(I, "next", b_next);
    def(I, "isinstance", b_isinstance);
    def(I, "issubclass", b_issubclass);
    def(I, "getattr", b_getattr);
    def(I, "setattr", b_setattr);
    def(I, "delattr", b_delattr);
    def(I, "hasattr", b_hasattr);
    def(I, "hash", b_hash);
    def(I, "id", b_id);
    def(I, "callable", b_callable);
    def(I, "chr", b_chr);
    def(I, "ord", b_ord);
    def(I, "hex", b_base, Value::integer(16));
    def(I, "oct", b_base, Value::integer(8));
    def(I, "bin", b_base, Value::integer(2));
    def(I, "vars", b_vars);
    def(I, "dir", b_dir);
    def(I, "globals", b_globals);
    def(I, "locals", b_locals);
    def(I, "__import__", b_import);
    for (const char* refused : {"open", "exec", "eval", "compile", "input", "breakpoint"})
        def(I, refused, b_refused, I.str(refused));

    const std::pair<const char*, Ref<ClassObj>> types[] = {
        {"object", I.t.object}, {"type", I.t.type}, {"int", I.t.int_}, {"bool", I.t.bool_}, {"float", I.t.float_},
        {"str", I.t.str}, {"bytes", I.t.bytes}, {"list", I.t.list}, {"tuple", I.t.tuple}, {"dict", I.t.dict},
        {"set", I.t.set}, {"frozenset", I.t.frozenset}, {"range", I.t.range}, {"slice", I.t.slice},
        {"property", I.t.property}, {"classmethod", I.t.classmethod}, {"staticmethod", I.t.staticmethod},
        {"super", I.t.super}, {"bytearray", I.t.bytes},
    };
    for (const auto& [name, cls] : types)
        b.set(I, name, Value(cls));
    for (const auto& [name, cls] : I.t.exceptions)
        b.set(I, name, Value(cls));
    b.set(I, "None", Value());
    b.set(I, "True", Value::boolean(true));
    b.set(I, "False", Value::boolean(false));
    b.set(I, "NotImplemented", Value::not_implemented());
    b.set(I, "Ellipsis", Value::ellipsis());
    b.set(I, "__name__", I.str("builtins"));
    b.set(I, "__debug__", Value::boolean(true));
}

} // namespace revlab::py
