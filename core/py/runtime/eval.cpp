// Expressions. Operators go to the object protocol (arith.cpp, protocol.cpp); this file evaluates
// operands in Python's order, unpacks *args and **kwargs, builds displays and comprehensions, and
// turns f-strings into text.
#include "py/runtime/exec.hpp"

#include "py/runtime/dispatch.hpp"
#include "py/runtime/generators.hpp"
#include "py/runtime/text.hpp"

namespace revlab::py {

namespace {

std::string callable_name(Interp& I, const Value& fn);

// Positional and keyword arguments of a call, with * and ** unpacked.
// `self`, when given, is the first positional argument (a method called on its instance).
CallArgs evaluate_arguments(Interp& I, const Expr& call, Frame& f, const Value& callee, Value* self = nullptr) {
    CallArgs args;
    args.pos.reserve(call.items.size() + (self != nullptr ? 1 : 0));
    if (self != nullptr) args.pos.push_back(std::move(*self));
    for (const ExprPtr& a : call.items) {
        if (a->kind == ExprKind::Starred) append_star_args(I, args, I.eval(*a->items[0], f), callee);
        else args.pos.push_back(I.eval(*a, f));
    }
    bool unpacked = false; // a ** came first: a keyword after it may repeat one of its keys
    for (const Keyword& k : call.keywords) {
        if (k.name.empty()) {
            append_kwargs(I, args, I.eval(*k.value, f), callee);
            unpacked = true;
        } else {
            Value v = I.eval(*k.value, f);
            if (unpacked) check_new_keyword(I, args, k.name, callee);
            args.kw.emplace_back(k.name, std::move(v));
        }
    }
    return args;
}

std::string callable_name(Interp& I, const Value& fn) {
    if (const BoundMethodObj* m = fn.get<BoundMethodObj>()) return callable_name(I, m->function);
    if (const FunctionObj* f = fn.get<FunctionObj>())
        if (const StrObj* q = f->qualname.get<StrObj>()) {
            const StrObj* m = f->module.get<StrObj>();
            return m != nullptr && m->text != "builtins" ? m->text + "." + q->text : q->text;
        }
    if (const BuiltinObj* b = fn.get<BuiltinObj>()) return b->name;
    if (const ClassObj* c = fn.get<ClassObj>()) return c->name;
    return "function";
}

} // namespace

// `callee` names the function in the errors of an unpacking ("__main__.f() argument after * must
// be an iterable, not int").
void append_star_args(Interp& I, CallArgs& args, const Value& seq, const Value& callee) {
    if (const TupleObj* t = seq.get<TupleObj>()) {
        args.pos.insert(args.pos.end(), t->items.begin(), t->items.end());
    } else if (const ListObj* l = seq.get<ListObj>()) {
        args.pos.insert(args.pos.end(), l->items.begin(), l->items.end());
    } else {
        Value it;
        try {
            it = I.iter(seq);
        } catch (PyException& e) {
            if (!I.isinstance(e.exc, I.t.exc("TypeError"))) throw;
            I.type_error(callable_name(I, callee) + "() argument after * must be an iterable, not " + I.type_name(seq));
        }
        for (Value& v : I.to_vector(it))
            args.pos.push_back(std::move(v));
    }
}

void check_new_keyword(Interp& I, const CallArgs& args, const std::string& name, const Value& callee) {
    for (const auto& existing : args.kw)
        if (existing.first == name)
            I.type_error(callable_name(I, callee) + "() got multiple values for keyword argument '" + name + "'");
}

void append_kwargs(Interp& I, CallArgs& args, const Value& mapping, const Value& callee) {
    auto add = [&](const Value& key, Value value) {
        const StrObj* s = unwrap(key).get<StrObj>();
        if (s == nullptr) I.type_error("keywords must be strings");
        for (const auto& existing : args.kw)
            if (existing.first == s->text)
                I.type_error(callable_name(I, callee) + "() got multiple values for keyword argument '" + s->text +
                             "'");
        args.kw.emplace_back(s->text, std::move(value));
    };
    if (const DictObj* d = mapping.get<DictObj>()) {
        std::vector<std::pair<Value, Value>> items;
        for (const DictObj::Entry& e : d->entries())
            if (e.live) items.emplace_back(e.key, e.value);
        for (auto& [key, value] : items)
            add(key, std::move(value));
    } else {
        std::optional<Value> keys = I.call_method_if(mapping, "keys", CallArgs{});
        if (!keys)
            I.type_error(callable_name(I, callee) + "() argument after ** must be a mapping, not " +
                         I.type_name(mapping));
        for (const Value& key : I.to_vector(*keys))
            add(key, I.getitem(mapping, key));
    }
}

void merge_mapping(Interp& I, DictObj& d, const Value& m) {
    if (const DictObj* src = m.get<DictObj>()) {
        std::vector<DictObj::Entry> copy;
        for (const DictObj::Entry& entry : src->entries())
            if (entry.live) copy.push_back(entry);
        for (DictObj::Entry& entry : copy)
            d.set(I, entry.key, entry.hash, entry.value);
    } else {
        std::optional<Value> keys = I.call_method_if(m, "keys", CallArgs{});
        if (!keys) I.type_error("'" + I.type_name(m) + "' object is not a mapping");
        for (const Value& k : I.to_vector(*keys))
            d.set(I, k, I.getitem(m, k));
    }
}

namespace {

// While a call runs, its frame says it is at the call (tracebacks and the operations' errors
// point at op.add_column(...), not at the start of a statement spanning lines).
class AtCall {
public:
    AtCall(Frame& f, const SourceLocation& at) : f_(f), saved_(f.where) { f.where = &at; }
    ~AtCall() { f_.where = saved_; }
    AtCall(const AtCall&) = delete;
    AtCall& operator=(const AtCall&) = delete;

private:
    Frame& f_;
    const SourceLocation* saved_;
};

Value eval_call(Interp& I, const Expr& e, Frame& f) {
    // obj.method(...) without a bound method in between, when the method is a Python function
    if (e.object->kind == ExprKind::Attribute) {
        Value obj = I.eval(*e.object->object, f);
        const std::string& name = e.object->text;
        if (const InstanceObj* inst = obj.get<InstanceObj>()) {
            const std::int64_t hash = hash_text(name); // once, for the instance's dict and the MRO
            if (!inst->dict || inst->dict->find(name, hash) == nullptr) {
                const Value* m = inst->cls->lookup(name, hash);
                if (m != nullptr && m->is(ObjType::Function)) {
                    Value fn = *m;
                    CallArgs args = evaluate_arguments(I, e, f, fn, &obj);
                    AtCall at(f, e.loc);
                    return I.call(fn, std::move(args));
                }
            }
        }
        Value fn = I.getattr(obj, name);
        CallArgs args = e.items.empty() && e.keywords.empty() ? CallArgs{} : evaluate_arguments(I, e, f, fn);
        AtCall at(f, e.loc);
        return I.call(fn, std::move(args));
    }
    Value fn = I.eval(*e.object, f);
    CallArgs args = evaluate_arguments(I, e, f, fn);
    AtCall at(f, e.loc);
    return I.call(fn, std::move(args));
}

} // namespace

Value subscript_key(Interp& I, const Expr& e, Frame& f) {
    auto one = [&](const Expr& item) -> Value {
        if (item.kind == ExprKind::Slice) {
            Value a = item.items[0] ? I.eval(*item.items[0], f) : Value();
            Value b = item.items[1] ? I.eval(*item.items[1], f) : Value();
            Value c = item.items[2] ? I.eval(*item.items[2], f) : Value();
            return Value(I.heap.make<SliceObj>(std::move(a), std::move(b), std::move(c)));
        }
        if (item.kind == ExprKind::Starred) return I.tuple(I.to_vector(I.eval(*item.items[0], f)));
        return I.eval(item, f);
    };
    if (e.items.size() == 1 && !e.tuple_index) return one(*e.items[0]);
    std::vector<Value> keys;
    for (const ExprPtr& item : e.items) {
        if (item->kind == ExprKind::Starred) {
            for (Value& v : I.to_vector(I.eval(*item->items[0], f)))
                keys.push_back(std::move(v));
        } else {
            keys.push_back(one(*item));
        }
    }
    return I.tuple(std::move(keys));
}

namespace {

// The items of a list, tuple or set display, with *iterables unpacked.
std::vector<Value> display_items(Interp& I, const Expr& e, Frame& f) {
    std::vector<Value> out;
    out.reserve(e.items.size());
    for (const ExprPtr& item : e.items) {
        if (item->kind == ExprKind::Starred) {
            for (Value& v : I.to_vector(I.eval(*item->items[0], f)))
                out.push_back(std::move(v));
        } else {
            out.push_back(I.eval(*item, f));
        }
    }
    return out;
}

// A comprehension: its own frame (the loop variables do not leak), the first iterable evaluated
// outside it, the element evaluated for each combination that passes the conditions.
class Comprehender {
public:
    Comprehender(Interp& I, const Expr& e, Frame& outer) : I_(I), e_(e) {
        frame_.code = e.code.get();
        frame_.globals = outer.globals;
        frame_.ns = nullptr;
        frame_.function = outer.function;
        frame_.source = outer.source;
        frame_.name = e.code->name;
        frame_.where = &e.loc;
        closure_ = make_closure(I, *e.code, outer);
        frame_.closure = &closure_;
        frame_.slots.resize(e.code->slots.size(), Value::unbound());
        for (std::size_t i = 0; i < frame_.slots.size(); ++i)
            if (e.code->is_cell[i]) frame_.slots[i] = Value(I.heap.make<CellObj>());
        first_ = I.eval(*e.generators[0].iter, outer);
    }

    Value run() {
        FrameGuard guard(I_, frame_);
        if (e_.kind == ExprKind::DictComp) {
            dict_ = I_.dict();
        }
        loop(0, first_);
        switch (e_.kind) {
        case ExprKind::ListComp:
            return I_.list(std::move(items_));
        case ExprKind::DictComp:
            return Value(dict_);
        case ExprKind::SetComp: {
            Value s = I_.set();
            for (const Value& v : items_)
                s.as<SetObj>()->table->set(I_, v, Value());
            return s;
        }
        default: { // a generator expression: computed ahead, iterated lazily after
            Ref<IteratorObj> it = I_.heap.make<IteratorObj>(IteratorObj::Kind::Buffer);
            it->items = std::move(items_);
            it->name = "generator";
            return Value(it);
        }
        }
    }

private:
    void loop(std::size_t level, const Value& iterable) {
        const Comprehension& c = e_.generators[level];
        Value it = I_.iter(iterable);
        while (std::optional<Value> item = I_.next(it)) {
            I_.step();
            assign(I_, *c.target, *item, frame_);
            bool pass = true;
            for (const ExprPtr& cond : c.ifs)
                if (!I_.truthy(I_.eval(*cond, frame_))) {
                    pass = false;
                    break;
                }
            if (!pass) continue;
            if (level + 1 < e_.generators.size()) {
                loop(level + 1, I_.eval(*e_.generators[level + 1].iter, frame_));
                continue;
            }
            if (e_.kind == ExprKind::DictComp) {
                Value key = I_.eval(*e_.items[0], frame_);
                dict_->set(I_, key, I_.eval(*e_.items[1], frame_));
            } else {
                items_.push_back(I_.eval(*e_.items[0], frame_));
                if ((items_.size() & 1023) == 0) I_.heap.reserve(0);
            }
        }
    }

    Interp& I_;
    const Expr& e_;
    Frame frame_;
    std::vector<Ref<CellObj>> closure_;
    Value first_;
    std::vector<Value> items_;
    Ref<DictObj> dict_;
};

std::string joined_text(Interp& I, const Expr& e, Frame& f) {
    std::string out;
    for (const ExprPtr& part : e.items) {
        if (part->kind == ExprKind::String) {
            out += part->text;
            continue;
        }
        Value v = I.eval(*part->items[0], f);
        if (part->text == "r") v = I.str(I.repr(v));
        else if (part->text == "s") v = I.str(I.to_str(v));
        else if (part->text == "a") v = I.str(ascii_of(I, v));
        std::string spec = part->object ? joined_text(I, *part->object, f) : std::string();
        Value formatted = I.format(v, spec);
        out += formatted.as<StrObj>()->text;
        I.heap.reserve(out.size());
    }
    return out;
}

} // namespace

Value Interp::eval(const Expr& e, Frame& f) {
    switch (e.kind) {
    case ExprKind::Name:
        return load_name(*this, e, f);
    case ExprKind::Int:
        if (e.big) {
            try {
                return integer(BigInt::parse_literal(e.text));
            } catch (const NumberError& err) {
                number_error(err);
            }
        }
        return Value::integer(e.int_value);
    case ExprKind::String:
        return str(e.text);
    case ExprKind::Float:
        return Value::floating(e.float_value);
    case ExprKind::None:
        return Value();
    case ExprKind::True:
        return Value::boolean(true);
    case ExprKind::False:
        return Value::boolean(false);
    case ExprKind::Ellipsis:
        return Value::ellipsis();
    case ExprKind::Bytes:
        return bytes(e.text);
    case ExprKind::Attribute:
        return getattr(eval(*e.object, f), e.text);
    case ExprKind::Call:
        return eval_call(*this, e, f);
    case ExprKind::Subscript: {
        Value obj = eval(*e.object, f);
        return getitem(obj, subscript_key(*this, e, f));
    }
    case ExprKind::Slice: // only inside a subscript, which builds it
        type_error("a slice can only be used inside []");
    case ExprKind::BinOp: {
        Value a = eval(*e.items[0], f);
        Value b = eval(*e.items[1], f);
        return binary(e.op, a, b);
    }
    case ExprKind::UnaryOp:
        return unary(e.op, eval(*e.items[0], f));
    case ExprKind::BoolOp: {
        // and/or return the deciding operand itself, as Python does
        Value v;
        for (std::size_t i = 0; i < e.items.size(); ++i) {
            v = eval(*e.items[i], f);
            const bool truth = truthy(v);
            if (e.op == Op::And ? !truth : truth) return v;
        }
        return v;
    }
    case ExprKind::Compare: {
        Value left = eval(*e.items[0], f);
        for (std::size_t i = 0; i < e.ops.size(); ++i) {
            Value right = eval(*e.items[i + 1], f);
            Value r = compare(e.ops[i], left, right);
            if (i + 1 == e.ops.size()) return r;
            if (!truthy(r)) return r;
            left = std::move(right);
        }
        return Value::boolean(true);
    }
    case ExprKind::IfExp:
        return truthy(eval(*e.items[1], f)) ? eval(*e.items[0], f) : eval(*e.items[2], f);
    case ExprKind::List:
        return list(display_items(*this, e, f));
    case ExprKind::Tuple:
        return tuple(display_items(*this, e, f));
    case ExprKind::Set: {
        Value s = set();
        for (Value& v : display_items(*this, e, f))
            s.as<SetObj>()->table->set(*this, v, Value());
        return s;
    }
    case ExprKind::Dict: {
        Ref<DictObj> d = dict();
        for (std::size_t i = 0; i < e.items.size(); ++i) {
            if (!e.items[i]) { // **mapping
                merge_mapping(*this, *d, eval(*e.values[i], f));
                continue;
            }
            Value k = eval(*e.items[i], f);
            d->set(*this, k, eval(*e.values[i], f));
        }
        return Value(d);
    }
    case ExprKind::Lambda: {
        Value fn = make_function(*this, *f.source, *e.code, e.params, f);
        fn.as<FunctionObj>()->lambda_body = e.items[0].get();
        return fn;
    }
    case ExprKind::GeneratorExp:
        return make_generator_expression(*this, e, f);
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
        return Comprehender(*this, e, f).run();
    case ExprKind::NamedExpr: {
        Value v = eval(*e.items[1], f);
        const Expr& target = *e.items[0];
        store_name(*this, target.scope, target.slot, target.text, v, f);
        return v;
    }
    case ExprKind::JoinedStr:
        return str(joined_text(*this, e, f));
    case ExprKind::Starred:
        type_error("can't use starred expression here");
    case ExprKind::Yield:
    case ExprKind::YieldFrom: // a generator's body runs its yields as coroutines (gen_eval.cpp)
        raise("SyntaxError", "'yield' outside function");
    case ExprKind::FormattedValue:
        break;
    }
    type_error("this expression cannot be evaluated here");
}

} // namespace revlab::py
