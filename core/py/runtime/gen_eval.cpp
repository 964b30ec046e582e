// The expressions of a generator's body that hold a yield, as coroutines: `yield`, `yield from`,
// and the calls, operators and displays a yield sits in (yield_marks.cpp lets it in no other),
// their operands evaluated in Python's order as in eval.cpp. Operands without a yield are
// evaluated by the tree-walker (Eval).
#include "py/runtime/gen_run.hpp"

#include "py/runtime/generators.hpp"

namespace revlab::py {

namespace {

// yield from it: what `it` yields passes through to the caller, what the caller sends or throws
// passes on to `it`; its return value is the expression's value.
Task<Value> gen_yield_from(Interp& I, const Expr& e, Frame& f) {
    Value it = I.iter(co_await Eval(I, *e.items[0], f));
    Value sent;
    Value thrown;
    for (;;) {
        Value returned;
        std::optional<Value> out = delegate_step(I, it, sent, thrown, returned);
        if (!out) co_return returned;
        thrown = Value();
        sent = co_await Pause(std::move(*out), &thrown);
    }
}

// The items of a list, tuple or set display, with *iterables unpacked.
Task<Value> gen_display(Interp& I, const Expr& e, Frame& f) {
    std::vector<Value> items;
    for (const ExprPtr& item : e.items) {
        if (item->kind == ExprKind::Starred) {
            for (Value& v : I.to_vector(co_await Eval(I, *item->items[0], f)))
                items.push_back(std::move(v));
        } else {
            items.push_back(co_await Eval(I, *item, f));
        }
    }
    if (e.kind == ExprKind::List) co_return I.list(std::move(items));
    if (e.kind == ExprKind::Tuple) co_return I.tuple(std::move(items));
    Value s = I.set();
    for (const Value& v : items)
        s.as<SetObj>()->table->set(I, v, Value());
    co_return s;
}

Task<Value> gen_dict(Interp& I, const Expr& e, Frame& f) {
    Ref<DictObj> d = I.dict();
    for (std::size_t i = 0; i < e.items.size(); ++i) {
        if (!e.items[i]) { // **mapping
            merge_mapping(I, *d, co_await Eval(I, *e.values[i], f));
            continue;
        }
        Value k = co_await Eval(I, *e.items[i], f);
        Value v = co_await Eval(I, *e.values[i], f);
        d->set(I, k, std::move(v));
    }
    co_return Value(d);
}

Task<Value> gen_call(Interp& I, const Expr& e, Frame& f) {
    Value fn = co_await Eval(I, *e.object, f);
    CallArgs args;
    for (const ExprPtr& a : e.items) {
        if (a->kind == ExprKind::Starred)
            append_star_args(I, args, co_await Eval(I, *a->items[0], f), fn);
        else
            args.pos.push_back(co_await Eval(I, *a, f));
    }
    bool unpacked = false; // as evaluate_arguments
    for (const Keyword& k : e.keywords) {
        Value v = co_await Eval(I, *k.value, f);
        if (!k.name.empty()) {
            if (unpacked) check_new_keyword(I, args, k.name, fn);
            args.kw.emplace_back(k.name, std::move(v));
        } else {
            append_kwargs(I, args, v, fn);
            unpacked = true;
        }
    }
    const SourceLocation* saved = f.where;
    f.where = &e.loc; // the call's errors and tracebacks point at it
    Value result = I.call(fn, std::move(args));
    f.where = saved;
    co_return result;
}

Task<Value> gen_bool_op(Interp& I, const Expr& e, Frame& f) {
    // and/or give the deciding operand itself, as Python does
    Value v;
    for (const ExprPtr& item : e.items) {
        v = co_await Eval(I, *item, f);
        const bool truth = I.truthy(v);
        if (e.op == Op::And ? !truth : truth) co_return v;
    }
    co_return v;
}

Task<Value> gen_compare(Interp& I, const Expr& e, Frame& f) {
    Value left = co_await Eval(I, *e.items[0], f);
    Value result;
    for (std::size_t i = 0; i < e.ops.size(); ++i) {
        Value right = co_await Eval(I, *e.items[i + 1], f);
        result = I.compare(e.ops[i], left, right);
        if (!I.truthy(result)) break; // a chain stops at its first false link
        left = std::move(right);
    }
    co_return result;
}

} // namespace

Task<Value> gen_eval(Interp& I, const Expr& e, Frame& f) {
    switch (e.kind) {
    case ExprKind::Yield: {
        Value v;
        if (!e.items.empty()) v = co_await Eval(I, *e.items[0], f);
        co_return co_await Pause(std::move(v));
    }
    case ExprKind::YieldFrom:
        co_return co_await gen_yield_from(I, e, f);
    case ExprKind::Call:
        co_return co_await gen_call(I, e, f);
    case ExprKind::Attribute:
        co_return I.getattr(co_await Eval(I, *e.object, f), e.text);
    case ExprKind::Subscript: { // a single key (yield_marks.cpp)
        Value obj = co_await Eval(I, *e.object, f);
        Value key = co_await Eval(I, *e.items[0], f);
        co_return I.getitem(obj, key);
    }
    case ExprKind::BinOp: {
        Value a = co_await Eval(I, *e.items[0], f);
        Value b = co_await Eval(I, *e.items[1], f);
        co_return I.binary(e.op, a, b);
    }
    case ExprKind::UnaryOp:
        co_return I.unary(e.op, co_await Eval(I, *e.items[0], f));
    case ExprKind::BoolOp:
        co_return co_await gen_bool_op(I, e, f);
    case ExprKind::Compare:
        co_return co_await gen_compare(I, e, f);
    case ExprKind::IfExp: {
        const bool test = I.truthy(co_await Eval(I, *e.items[1], f));
        co_return co_await Eval(I, *e.items[test ? 0 : 2], f);
    }
    case ExprKind::List:
    case ExprKind::Tuple:
    case ExprKind::Set:
        co_return co_await gen_display(I, e, f);
    case ExprKind::Dict:
        co_return co_await gen_dict(I, e, f);
    case ExprKind::NamedExpr: {
        Value v = co_await Eval(I, *e.items[1], f);
        const Expr& target = *e.items[0];
        store_name(I, target.scope, target.slot, target.text, v, f);
        co_return v;
    }
    default: // no yield in it (yield_marks.cpp)
        co_return I.eval(e, f);
    }
}

} // namespace revlab::py
