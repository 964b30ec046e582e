// Statements. Each takes one step of the budget, records where the frame is (for tracebacks and
// located errors), and reports how it ended (Flow) so loops and functions can act on break,
// continue and return without C++ exceptions; Python exceptions travel as PyException.
#include "py/runtime/exec.hpp"

#include "py/runtime/classes.hpp"
#include "py/runtime/dispatch.hpp"
#include "py/runtime/modules.hpp"

namespace revlab::py {

namespace {

Flow exec_if(Interp& I, const Stmt& s, Frame& f) {
    const Stmt* cur = &s;
    for (;;) {
        if (I.truthy(I.eval(*cur->value, f))) return run_block(I, cur->body, f);
        // elif chains are nested Ifs alone in orelse
        if (cur->orelse.size() == 1 && cur->orelse[0]->kind == StmtKind::If) {
            cur = cur->orelse[0].get();
            f.where = &cur->loc;
            continue;
        }
        return run_block(I, cur->orelse, f);
    }
}

Flow exec_while(Interp& I, const Stmt& s, Frame& f) {
    while (I.truthy(I.eval(*s.value, f))) {
        I.step();
        Flow flow = run_block(I, s.body, f);
        if (flow == Flow::Break) return Flow::Normal;
        if (flow == Flow::Return) return flow;
    }
    return run_block(I, s.orelse, f);
}

Flow exec_for(Interp& I, const Stmt& s, Frame& f) {
    Value iterable = I.eval(*s.value, f);
    const Expr& target = *s.targets[0];
    // Lists and tuples by index (a list may grow while it is iterated, as in Python).
    if (ListObj* list = iterable.get<ListObj>()) {
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            I.step();
            Value item = list->items[i];
            assign(I, target, item, f);
            Flow flow = run_block(I, s.body, f);
            if (flow == Flow::Break) return Flow::Normal;
            if (flow == Flow::Return) return flow;
        }
        return run_block(I, s.orelse, f);
    }
    Value it = I.iter(iterable);
    while (std::optional<Value> item = I.next(it)) {
        I.step();
        assign(I, target, *item, f);
        Flow flow = run_block(I, s.body, f);
        if (flow == Flow::Break) return Flow::Normal;
        if (flow == Flow::Return) return flow;
    }
    return run_block(I, s.orelse, f);
}

// Whether an exception matches an `except` clause's type (a class or a tuple of classes).
bool matches(Interp& I, const Value& exc, const Value& type) {
    if (const TupleObj* t = type.get<TupleObj>()) {
        for (const Value& item : t->items)
            if (matches(I, exc, item)) return true;
        return false;
    }
    ClassObj* cls = type.get<ClassObj>();
    if (cls == nullptr || !cls->is_subclass_of(I.t.base_exception))
        I.type_error("catching classes that do not inherit from BaseException is not allowed");
    return I.isinstance(exc, cls);
}

} // namespace

const Handler* find_handler(Interp& I, const Stmt& try_stmt, const Value& exc, Frame& f) {
    for (const Handler& h : try_stmt.handlers)
        if (!h.type || matches(I, exc, I.eval(*h.type, f))) return &h;
    return nullptr;
}

void enter_handler(Interp& I, const Handler& h, const Value& exc, Frame& f) {
    f.handling.push_back(exc);
    if (!h.name.empty()) store_name(I, h.scope, h.slot, h.name, exc, f);
}

void leave_handler(Interp&, const Handler& h, Frame& f) {
    f.handling.pop_back();
    // `except E as e` deletes e at the end of the clause, as Python does
    if (h.name.empty()) return;
    if (h.scope == NameScope::Local) f.slots[static_cast<std::size_t>(h.slot)] = Value::unbound();
    else if (h.scope == NameScope::Global && f.globals) f.globals->erase(h.name);
    else if (h.scope == NameScope::ClassBody && f.ns) f.ns->erase(h.name);
}

Value enter_context(Interp& I, const Value& mgr, Value& exit_bound) {
    // __enter__ and __exit__ are looked up on the type, as Python does.
    ClassObj* cls = I.type_of(mgr);
    const Value* enter = cls->lookup("__enter__");
    const Value* exit_fn = cls->lookup("__exit__");
    if (enter == nullptr || exit_fn == nullptr)
        I.type_error("'" + cls->name + "' object does not support the context manager protocol");
    exit_bound = bind_descriptor(I, *exit_fn, mgr);
    return I.call(bind_descriptor(I, *enter, mgr), CallArgs{});
}

bool exit_context(Interp& I, const Value& exit_bound, const Value& exc, Frame& f) {
    if (exc.is_none()) {
        I.call(exit_bound, {Value(), Value(), Value()});
        return false;
    }
    f.handling.push_back(exc);
    Value suppress;
    try {
        suppress = I.call(exit_bound, {Value(I.type_of(exc)), exc, Value()});
    } catch (PyException&) {
        f.handling.pop_back();
        throw;
    }
    f.handling.pop_back();
    return I.truthy(suppress);
}

void raise_from(Interp& I, Value exc, std::optional<Value> cause) {
    if (ClassObj* c = exc.get<ClassObj>()) {
        if (!c->is_subclass_of(I.t.base_exception))
            I.type_error("exceptions must derive from BaseException");
        exc = I.call(exc, CallArgs{});
    }
    if (!I.isinstance(exc, I.t.exc("BaseException"))) I.type_error("exceptions must derive from BaseException");
    if (cause) {
        if (ClassObj* c = cause->get<ClassObj>()) cause = I.call(Value(c), CallArgs{});
        if (!cause->is_none() && !I.isinstance(*cause, I.t.exc("BaseException")))
            I.type_error("exception causes must derive from BaseException");
        InstanceObj* inst = exc.as<InstanceObj>();
        inst->cause = *cause;
        inst->suppress_context = true;
    }
    I.raise_value(exc);
}

namespace {

Flow exec_try(Interp& I, const Stmt& s, Frame& f) {
    Flow flow = Flow::Normal;
    std::exception_ptr pending;
    try {
        bool raised = false;
        try {
            flow = run_block(I, s.body, f);
        } catch (PyException& e) {
            raised = true;
            const Handler* handler = find_handler(I, s, e.exc, f);
            if (handler == nullptr) throw;
            enter_handler(I, *handler, e.exc, f);
            try {
                flow = run_block(I, handler->body, f);
            } catch (PyException&) {
                leave_handler(I, *handler, f);
                throw;
            }
            leave_handler(I, *handler, f);
        }
        if (!raised && flow == Flow::Normal) flow = run_block(I, s.orelse, f);
    } catch (PyException&) {
        if (s.finalbody.empty()) throw;
        pending = std::current_exception();
    }
    if (!s.finalbody.empty()) {
        Value saved = f.return_value;
        Flow final_flow = run_block(I, s.finalbody, f);
        if (final_flow != Flow::Normal) return final_flow; // return/break in finally drops the exception
        if (pending) std::rethrow_exception(pending);
        f.return_value = std::move(saved);
    }
    return flow;
}

Flow exec_with(Interp& I, const Stmt& s, std::size_t item, Frame& f) {
    if (item == s.with_items.size()) return run_block(I, s.body, f);
    const WithItem& w = s.with_items[item];
    Value exit_bound;
    Value entered = enter_context(I, I.eval(*w.context, f), exit_bound);
    Flow flow;
    try {
        if (w.target) assign(I, *w.target, entered, f);
        flow = exec_with(I, s, item + 1, f);
    } catch (PyException& e) {
        if (exit_context(I, exit_bound, e.exc, f)) return Flow::Normal;
        throw;
    }
    exit_context(I, exit_bound, Value(), f);
    return flow;
}

Flow exec_raise(Interp& I, const Stmt& s, Frame& f) {
    if (!s.value) {
        Value current = I.current_exception();
        if (current.is_none()) I.raise("RuntimeError", "No active exception to reraise");
        throw PyException{current};
    }
    Value exc = I.eval(*s.value, f);
    if (!s.cause) raise_from(I, std::move(exc), std::nullopt);
    raise_from(I, std::move(exc), I.eval(*s.cause, f));
}

void exec_delete(Interp& I, const Expr& t, Frame& f) {
    switch (t.kind) {
    case ExprKind::Name:
        delete_name(I, t, f);
        return;
    case ExprKind::Attribute:
        I.delattr(I.eval(*t.object, f), t.text);
        return;
    case ExprKind::Subscript: {
        Value obj = I.eval(*t.object, f);
        I.delitem(obj, subscript_key(I, t, f));
        return;
    }
    default:
        for (const ExprPtr& item : t.items)
            exec_delete(I, *item, f);
    }
}

// A def's or class's decorators, evaluated top to bottom before anything else of the statement
// (they are applied bottom to top after).
std::vector<Value> evaluate_decorators(Interp& I, const Stmt& s, Frame& f) {
    std::vector<Value> out;
    for (const ExprPtr& d : s.decorators)
        out.push_back(I.eval(*d, f));
    return out;
}

Flow exec_aug(Interp& I, const Stmt& s, Frame& f) {
    const Expr& t = *s.targets[0];
    switch (t.kind) {
    case ExprKind::Name: {
        Value cur = load_name(I, t, f);
        Value rhs = I.eval(*s.value, f);
        store_name(I, t.scope, t.slot, t.text, I.inplace(s.op, cur, rhs), f);
        break;
    }
    case ExprKind::Attribute: {
        Value obj = I.eval(*t.object, f);
        Value cur = I.getattr(obj, t.text);
        Value rhs = I.eval(*s.value, f);
        I.setattr(obj, t.text, I.inplace(s.op, cur, rhs));
        break;
    }
    default: { // Subscript
        Value obj = I.eval(*t.object, f);
        Value key = subscript_key(I, t, f);
        Value cur = I.getitem(obj, key);
        Value rhs = I.eval(*s.value, f);
        I.setitem(obj, key, I.inplace(s.op, cur, rhs));
        break;
    }
    }
    return Flow::Normal;
}

void exec_class(Interp& I, const Stmt& s, Frame& f) {
    std::vector<Value> decorators = evaluate_decorators(I, s, f);
    std::vector<Ref<ClassObj>> bases;
    std::vector<Value> written; // the bases as written, for __mro_entries__ and __orig_bases__
    for (const ExprPtr& b : s.bases) {
        if (b->kind == ExprKind::Starred) {
            for (Value& v : I.to_vector(I.eval(*b->items[0], f)))
                written.push_back(std::move(v));
        } else {
            written.push_back(I.eval(*b, f));
        }
    }
    bool entries_used = false;
    const Value written_tuple = I.tuple(written);
    for (const Value& v : written) {
        if (ClassObj* c = v.get<ClassObj>()) {
            bases.emplace_back(c);
            continue;
        }
        // __mro_entries__ (typing.Generic[T] in a base list) gets the bases as written
        std::optional<Value> entries = I.call_method_if(v, "__mro_entries__", CallArgs{written_tuple});
        if (!entries) I.type_error("bases must be types, not '" + I.type_name(v) + "'");
        entries_used = true;
        for (const Value& e : I.to_vector(*entries))
            if (ClassObj* ec = e.get<ClassObj>()) bases.emplace_back(ec);
    }
    Ref<ClassObj> explicit_meta;
    std::vector<std::pair<std::string, Value>> kwargs;
    for (const Keyword& k : s.class_keywords) {
        Value v = I.eval(*k.value, f);
        if (k.name == "metaclass") {
            ClassObj* m = v.get<ClassObj>();
            if (m == nullptr) I.type_error("metaclass must be a class");
            explicit_meta = Ref<ClassObj>(m);
        } else if (k.name.empty()) {
            for (const DictObj::Entry& e : v.as<DictObj>()->entries())
                if (e.live) kwargs.emplace_back(I.to_str(e.key), e.value);
        } else {
            kwargs.emplace_back(k.name, std::move(v));
        }
    }
    Ref<ClassObj> meta = pick_metaclass(I, explicit_meta, bases);

    // The class body runs with the namespace as its locals.
    Ref<DictObj> ns = I.dict();
    if (const Value* module = f.globals->find("__name__")) ns->set(I, "__module__", *module);
    ns->set(I, "__qualname__", I.str(s.code->qualname));
    if (const Expr* doc = s.docstring()) ns->set(I, "__doc__", I.str(doc->text));
    if (entries_used) ns->set(I, "__orig_bases__", written_tuple);
    Frame body;
    body.code = s.code.get();
    body.globals = f.globals;
    body.ns = ns.get();
    body.source = f.source;
    body.name = s.name;
    body.where = &s.loc;
    std::vector<Ref<CellObj>> closure = make_closure(I, *s.code, f);
    body.closure = &closure;
    body.slots.resize(s.code->slots.size(), Value::unbound());
    Ref<CellObj> class_cell;
    if (s.code->class_cell_slot >= 0) {
        class_cell = I.heap.make<CellObj>();
        body.slots[static_cast<std::size_t>(s.code->class_cell_slot)] = Value(class_cell);
    }
    {
        FrameGuard guard(I, body);
        run_body(I, s.body, body);
    }
    Value cls;
    if (meta.get() == I.t.type.get() || meta->is_builtin_type) {
        cls = Value(make_class(I, meta, s.name, bases, ns, std::move(kwargs)));
    } else {
        std::vector<Value> base_values(bases.begin(), bases.end());
        CallArgs args{I.str(s.name), I.tuple(std::move(base_values)), Value(ns)};
        args.kw = std::move(kwargs);
        cls = I.call(Value(meta), std::move(args));
    }
    if (class_cell) {
        class_cell->value = cls;
        class_cell->empty = false;
    }
    for (auto it = decorators.rbegin(); it != decorators.rend(); ++it)
        cls = I.call(*it, {cls});
    store_name(I, s.bind_scope, s.bind_slot, s.name, std::move(cls), f);
}

Flow exec(Interp& I, const Stmt& s, Frame& f) {
    f.where = &s.loc;
    I.step();
    switch (s.kind) {
    case StmtKind::Expr:
        I.eval(*s.value, f);
        return Flow::Normal;
    case StmtKind::Assign: {
        Value v = I.eval(*s.value, f);
        for (const ExprPtr& t : s.targets)
            assign(I, *t, v, f);
        return Flow::Normal;
    }
    case StmtKind::AnnAssign: {
        const Expr& target = *s.targets[0];
        if (s.value) assign(I, target, I.eval(*s.value, f), f);
        // Annotations of module and class names are recorded (SQLAlchemy 2.0's Mapped[...]).
        if (target.kind == ExprKind::Name && (f.ns != nullptr || f.function == nullptr)) {
            DictObj* scope = f.ns != nullptr ? f.ns : f.globals;
            Value* annotations = scope->find_mut("__annotations__");
            if (annotations == nullptr || !annotations->is(ObjType::Dict)) {
                scope->set(I, "__annotations__", Value(I.dict()));
                annotations = scope->find_mut("__annotations__");
            }
            Value holder = *annotations;
            Value annotation = future_annotations(I, f) ? I.str(source_text(I, f, *s.annotation))
                                                         : I.eval(*s.annotation, f);
            holder.as<DictObj>()->set(I, target.text, std::move(annotation));
        }
        return Flow::Normal;
    }
    case StmtKind::AugAssign:
        return exec_aug(I, s, f);
    case StmtKind::Import:
    case StmtKind::ImportFrom:
        exec_import(I, s, f);
        return Flow::Normal;
    case StmtKind::FunctionDef: {
        std::vector<Value> decorators = evaluate_decorators(I, s, f); // first, top to bottom, as Python does
        Value fn = make_function(I, *f.source, *s.code, s.params, f);
        FunctionObj* fo = fn.as<FunctionObj>();
        fo->body = &s.body;
        if (const Expr* doc = s.docstring()) fo->doc = I.str(doc->text);
        if (s.annotation && !future_annotations(I, f)) {
            Value annotations = I.getattr(fn, "__annotations__");
            annotations.as<DictObj>()->set(I, "return", I.eval(*s.annotation, f));
        }
        for (auto it = decorators.rbegin(); it != decorators.rend(); ++it)
            fn = I.call(*it, {fn});
        store_name(I, s.bind_scope, s.bind_slot, s.name, std::move(fn), f);
        return Flow::Normal;
    }
    case StmtKind::ClassDef:
        exec_class(I, s, f);
        return Flow::Normal;
    case StmtKind::With:
        return exec_with(I, s, 0, f);
    case StmtKind::If:
        return exec_if(I, s, f);
    case StmtKind::For:
        return exec_for(I, s, f);
    case StmtKind::While:
        return exec_while(I, s, f);
    case StmtKind::Try:
        return exec_try(I, s, f);
    case StmtKind::Raise:
        return exec_raise(I, s, f);
    case StmtKind::Assert:
        if (!I.truthy(I.eval(*s.value, f))) {
            std::vector<Value> args;
            if (s.cause) args.push_back(I.eval(*s.cause, f));
            I.raise_value(I.make_exception(I.t.exc("AssertionError"), std::move(args)));
        }
        return Flow::Normal;
    case StmtKind::Delete:
        for (const ExprPtr& t : s.targets)
            exec_delete(I, *t, f);
        return Flow::Normal;
    case StmtKind::Return:
        f.return_value = s.value ? I.eval(*s.value, f) : Value();
        return Flow::Return;
    case StmtKind::Break:
        return Flow::Break;
    case StmtKind::Continue:
        return Flow::Continue;
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Pass:
        return Flow::Normal;
    }
    return Flow::Normal;
}

} // namespace

Flow run_statement(Interp& I, const Stmt& s, Frame& f) {
    return exec(I, s, f);
}

Flow run_block(Interp& I, const std::vector<StmtPtr>& body, Frame& f) {
    for (const StmtPtr& s : body) {
        Flow flow = exec(I, *s, f); // (internal, so that it inlines here)
        if (flow != Flow::Normal) return flow;
    }
    return Flow::Normal;
}

void run_body(Interp& I, const std::vector<StmtPtr>& body, Frame& f) {
    run_block(I, body, f);
}

} // namespace revlab::py
