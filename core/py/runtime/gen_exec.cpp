// The statements of a generator's body that hold a yield, as coroutines: the same semantics as
// exec.cpp, written so that the statement can pause at the yield and go on where it stopped. The
// coroutine's frame keeps what the statement had under way (the loop's iterator, the exception
// being handled, the context manager's __exit__). No co_await sits inside a try block (coro.hpp
// says why): a statement that catches awaits Caught(...) and acts on the exception it hands over.
#include "py/runtime/gen_run.hpp"

#include "py/runtime/dispatch.hpp"

namespace revlab::py {

namespace {

Task<Flow> gen_stmt(Interp& I, const Stmt& s, Frame& f);

Task<Flow> gen_if(Interp& I, const Stmt& s, Frame& f) {
    const Stmt* cur = &s;
    for (;;) {
        if (I.truthy(co_await Eval(I, *cur->value, f))) co_return co_await Block(I, cur->body, f);
        // elif chains are nested Ifs alone in orelse
        if (cur->orelse.size() == 1 && cur->orelse[0]->kind == StmtKind::If) {
            cur = cur->orelse[0].get();
            f.where = &cur->loc;
            continue;
        }
        co_return co_await Block(I, cur->orelse, f);
    }
}

Task<Flow> gen_while(Interp& I, const Stmt& s, Frame& f) {
    while (I.truthy(co_await Eval(I, *s.value, f))) {
        I.step();
        Flow flow = co_await Block(I, s.body, f);
        if (flow == Flow::Break) co_return Flow::Normal;
        if (flow == Flow::Return) co_return flow;
    }
    co_return co_await Block(I, s.orelse, f);
}

Task<Flow> gen_for(Interp& I, const Stmt& s, Frame& f) {
    Value it = I.iter(co_await Eval(I, *s.value, f));
    while (std::optional<Value> item = I.next(it)) {
        I.step();
        assign(I, *s.targets[0], *item, f);
        Flow flow = co_await Block(I, s.body, f);
        if (flow == Flow::Break) co_return Flow::Normal;
        if (flow == Flow::Return) co_return flow;
    }
    co_return co_await Block(I, s.orelse, f);
}

// try's body, except clauses and else; the finally clause is gen_try's.
Task<Flow> gen_try_except(Interp& I, const Stmt& s, Frame& f) {
    Outcome<Flow> body = co_await Caught(Block(I, s.body, f));
    if (!body.error) {
        if (body.value == Flow::Normal) co_return co_await Block(I, s.orelse, f);
        co_return body.value;
    }
    if (body.exc.is_none()) std::rethrow_exception(body.error); // a halt: no except clause catches it
    const Handler* handler = find_handler(I, s, body.exc, f);
    if (handler == nullptr) std::rethrow_exception(body.error);
    enter_handler(I, *handler, body.exc, f);
    Outcome<Flow> handled = co_await Caught(Block(I, handler->body, f));
    leave_handler(I, *handler, f);
    if (handled.error) std::rethrow_exception(handled.error);
    co_return handled.value;
}

Task<Flow> gen_try(Interp& I, const Stmt& s, Frame& f) {
    if (s.finalbody.empty()) co_return co_await gen_try_except(I, s, f);
    Outcome<Flow> done = co_await Caught(gen_try_except(I, s, f));
    if (done.error && done.exc.is_none()) std::rethrow_exception(done.error); // a halt skips finally
    Value saved = f.return_value;
    Flow final_flow = co_await Block(I, s.finalbody, f);
    if (final_flow != Flow::Normal) co_return final_flow; // return/break in finally drops the exception
    if (done.error) std::rethrow_exception(done.error);
    f.return_value = std::move(saved);
    co_return done.value;
}

Task<Flow> gen_with(Interp& I, const Stmt& s, std::size_t item, Frame& f);

// What runs inside one with-item: its `as` target bound, then the next items and the body.
Task<Flow> gen_with_inside(Interp& I, const Stmt& s, std::size_t item, const Value& entered, Frame& f) {
    if (s.with_items[item].target) assign(I, *s.with_items[item].target, entered, f);
    co_return co_await gen_with(I, s, item + 1, f);
}

Task<Flow> gen_with(Interp& I, const Stmt& s, std::size_t item, Frame& f) {
    if (item == s.with_items.size()) co_return co_await Block(I, s.body, f);
    Value exit_bound;
    Value entered = enter_context(I, co_await Eval(I, *s.with_items[item].context, f), exit_bound);
    Outcome<Flow> inside = co_await Caught(gen_with_inside(I, s, item, entered, f));
    if (inside.error) {
        if (!inside.exc.is_none() && exit_context(I, exit_bound, inside.exc, f)) co_return Flow::Normal;
        std::rethrow_exception(inside.error);
    }
    exit_context(I, exit_bound, Value(), f);
    co_return inside.value;
}

// target op= value, the target's parts evaluated first, as Python does.
Task<Flow> gen_aug(Interp& I, const Stmt& s, Frame& f) {
    const Expr& t = *s.targets[0];
    switch (t.kind) {
    case ExprKind::Name: {
        Value cur = load_name(I, t, f);
        Value rhs = co_await Eval(I, *s.value, f);
        store_name(I, t.scope, t.slot, t.text, I.inplace(s.op, cur, rhs), f);
        break;
    }
    case ExprKind::Attribute: {
        Value obj = I.eval(*t.object, f);
        Value cur = I.getattr(obj, t.text);
        Value rhs = co_await Eval(I, *s.value, f);
        I.setattr(obj, t.text, I.inplace(s.op, cur, rhs));
        break;
    }
    default: { // Subscript
        Value obj = I.eval(*t.object, f);
        Value key = subscript_key(I, t, f);
        Value cur = I.getitem(obj, key);
        Value rhs = co_await Eval(I, *s.value, f);
        I.setitem(obj, key, I.inplace(s.op, cur, rhs));
        break;
    }
    }
    co_return Flow::Normal;
}

Task<Flow> gen_stmt(Interp& I, const Stmt& s, Frame& f) {
    f.where = &s.loc;
    I.step();
    switch (s.kind) {
    case StmtKind::Expr:
        co_await Eval(I, *s.value, f);
        co_return Flow::Normal;
    case StmtKind::Assign:
    case StmtKind::AnnAssign: { // a generator's local annotations are not evaluated
        Value v = co_await Eval(I, *s.value, f);
        for (const ExprPtr& t : s.targets)
            assign(I, *t, v, f);
        co_return Flow::Normal;
    }
    case StmtKind::AugAssign:
        co_return co_await gen_aug(I, s, f);
    case StmtKind::Return:
        f.return_value = co_await Eval(I, *s.value, f);
        co_return Flow::Return;
    case StmtKind::If:
        co_return co_await gen_if(I, s, f);
    case StmtKind::While:
        co_return co_await gen_while(I, s, f);
    case StmtKind::For:
        co_return co_await gen_for(I, s, f);
    case StmtKind::Try:
        co_return co_await gen_try(I, s, f);
    case StmtKind::With:
        co_return co_await gen_with(I, s, 0, f);
    case StmtKind::Raise: {
        Value exc = co_await Eval(I, *s.value, f);
        if (!s.cause) raise_from(I, std::move(exc), std::nullopt);
        raise_from(I, std::move(exc), co_await Eval(I, *s.cause, f));
    }
    case StmtKind::Assert:
        if (!I.truthy(co_await Eval(I, *s.value, f))) {
            std::vector<Value> args;
            if (s.cause) args.push_back(co_await Eval(I, *s.cause, f));
            I.raise_value(I.make_exception(I.t.exc("AssertionError"), std::move(args)));
        }
        co_return Flow::Normal;
    default: // yield_marks.cpp lets a yield into no other statement
        co_return run_statement(I, s, f);
    }
}

} // namespace

Task<Flow> gen_block(Interp& I, const std::vector<StmtPtr>& body, Frame& f) {
    for (const StmtPtr& s : body) {
        Flow flow = Flow::Normal;
        if (s->yields)
            flow = co_await gen_stmt(I, *s, f);
        else
            flow = run_statement(I, *s, f);
        if (flow != Flow::Normal) co_return flow;
    }
    co_return Flow::Normal;
}

} // namespace revlab::py
