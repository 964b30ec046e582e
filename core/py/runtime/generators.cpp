#include "py/runtime/generators.hpp"

#include "py/runtime/gen_run.hpp"

namespace revlab::py {

std::optional<Value> GeneratorObj::advance(Interp& I, const Value& sent, const Value& thrown, Value& returned) {
    if (running) I.value_error("generator already executing");
    if (finished) {
        if (!thrown.is_none()) I.raise_value(thrown);
        return std::nullopt;
    }
    if (!started) {
        if (!thrown.is_none()) { // raised before the first statement: the body never runs
            finished = true;
            clear();
            I.raise_value(thrown);
        }
        if (!sent.is_none()) I.type_error("can't send non-None value to a just-started generator");
        started = true;
    }
    Ref<GeneratorObj> keep(this);
    running = true;
    std::optional<Value> v;
    try {
        v = resume(I, sent, thrown, returned);
    } catch (PyException& e) {
        running = false;
        finished = true;
        clear();
        if (!I.isinstance(e.exc, I.t.exc("StopIteration"))) throw;
        // PEP 479: a StopIteration escaping the body would end the caller's loop silently.
        Value err = I.make_exception(I.t.exc("RuntimeError"), {I.str("generator raised StopIteration")});
        InstanceObj* inst = err.as<InstanceObj>();
        inst->cause = e.exc;
        inst->context = e.exc;
        inst->suppress_context = true;
        I.raise_value(err);
    } catch (...) {
        running = false;
        finished = true;
        clear();
        throw;
    }
    running = false;
    if (!v) {
        finished = true;
        clear();
    }
    return v;
}

namespace {

// (x for ... in ... if ...): the loops' iterators are kept between next() calls.
class GeneratorExpression : public GeneratorObj {
public:
    GeneratorExpression(Heap& h, Interp& I, const Expr& e, Frame& outer)
        : GeneratorObj(h, sizeof(GeneratorExpression)), e_(e), source_(*outer.source), globals_(outer.globals) {
        name = qualname = e.code->name;
        frame_.code = e.code.get();
        frame_.globals = globals_.get();
        frame_.source = &source_;
        frame_.name = e.code->name;
        frame_.where = &e.loc;
        closure_ = make_closure(I, *e.code, outer);
        frame_.closure = &closure_;
        frame_.slots.resize(e.code->slots.size(), Value::unbound());
        for (std::size_t i = 0; i < frame_.slots.size(); ++i)
            if (e.code->is_cell[i]) frame_.slots[i] = Value(I.heap.make<CellObj>());
        // The first iterable is evaluated at once, in the enclosing scope, as in Python.
        iterators_.push_back(I.iter(I.eval(*e.generators[0].iter, outer)));
    }

    void clear() override {
        iterators_.clear();
        frame_.slots.clear();
        closure_.clear();
        globals_.reset();
    }

protected:
    std::optional<Value> resume(Interp& I, const Value&, const Value& thrown, Value&) override {
        FrameGuard guard(I, frame_);
        if (!thrown.is_none()) I.raise_value(thrown); // a generator expression catches nothing
        while (!iterators_.empty()) {
            Value it = iterators_.back();
            std::optional<Value> item = I.next(it);
            if (!item) {
                iterators_.pop_back();
                continue;
            }
            I.step();
            const std::size_t level = iterators_.size() - 1;
            const Comprehension& c = e_.generators[level];
            assign(I, *c.target, *item, frame_);
            bool pass = true;
            for (const ExprPtr& cond : c.ifs)
                if (!I.truthy(I.eval(*cond, frame_))) {
                    pass = false;
                    break;
                }
            if (!pass) continue;
            if (level + 1 < e_.generators.size()) {
                iterators_.push_back(I.iter(I.eval(*e_.generators[level + 1].iter, frame_)));
                continue;
            }
            return I.eval(*e_.items[0], frame_);
        }
        return std::nullopt;
    }

private:
    const Expr& e_;
    std::shared_ptr<const Source> source_; // keeps e_ alive
    Ref<DictObj> globals_;
    std::vector<Ref<CellObj>> closure_;
    Frame frame_;
    std::vector<Value> iterators_;
};

// A generator lambda's body: its expression's value is what it returns.
Task<Flow> lambda_body(Interp& I, const Expr& body, Frame& f) {
    f.return_value = co_await Eval(I, body, f);
    co_return Flow::Return;
}

// A generator function's call: its frame, and the coroutines of its body paused at a yield.
class FunctionGenerator : public GeneratorObj {
public:
    FunctionGenerator(Heap& h, Interp& I, FunctionObj& fn, CallArgs& args)
        : GeneratorObj(h, sizeof(FunctionGenerator)), fn_(&fn) {
        if (const StrObj* n = fn.name.get<StrObj>()) name = n->text;
        if (const StrObj* q = fn.qualname.get<StrObj>()) qualname = q->text;
        I.bind_call(fn, args, frame_);
        r_.interp = &I;
    }

    void clear() override {
        wants_finalize_ = false;
        r_.stack.clear();
        body_.reset(); // destroys the coroutines (and what their frames hold) before the slots
        r_.yielded = r_.sent = r_.thrown = Value();
        frame_.slots.clear();
        frame_.handling.clear();
        frame_.return_value = Value();
        fn_.reset();
    }

    void finalize() override {
        Interp& I = *r_.interp;
        try {
            close_generator(I, *this);
        } catch (PyException& e) { // nobody to raise it to: reported, as CPython does
            if (I.host.err)
                I.host.err("Exception ignored in: " + I.repr(Value(this)) + "\n" + I.traceback_text(e.exc));
        }
    }

protected:
    std::optional<Value> resume(Interp& I, const Value& sent, const Value& thrown, Value& returned) override {
        FrameGuard guard(I, frame_);
        if (!body_) {
            I.step();
            if (fn_->lambda_body != nullptr) body_.emplace(lambda_body(I, *fn_->lambda_body, frame_));
            else body_.emplace(gen_block(I, *fn_->body, frame_));
            body_->start(r_);
        }
        r_.sent = sent;
        r_.thrown = thrown;
        r_.run();
        // Freed while paused inside try or with, it is closed first (finally clauses run).
        wants_finalize_ = r_.paused && fn_->code->pauses_in_cleanup;
        if (r_.paused) return std::move(r_.yielded);
        body_->result(); // the body's exception, if it ended with one
        returned = std::move(frame_.return_value);
        return std::nullopt;
    }

private:
    Ref<FunctionObj> fn_; // keeps the body and the closure alive
    Frame frame_;
    Resumption r_;
    std::optional<Task<Flow>> body_; // last: destroyed first, as its coroutines use the frame
};

} // namespace

Value make_generator_expression(Interp& I, const Expr& e, Frame& outer) {
    return Value(I.heap.make<GeneratorExpression>(I, e, outer));
}

Value make_generator_call(Interp& I, FunctionObj& fn, CallArgs& args) {
    return Value(I.heap.make<FunctionGenerator>(I, fn, args));
}

void close_generator(Interp& I, GeneratorObj& g) {
    if (g.finished) return;
    if (!g.started) {
        g.finished = true;
        g.clear();
        return;
    }
    Value exit = I.make_exception(I.t.exc("GeneratorExit"), {});
    Value returned;
    try {
        if (g.advance(I, Value(), exit, returned)) I.raise("RuntimeError", "generator ignored GeneratorExit");
    } catch (PyException& e) {
        if (I.isinstance(e.exc, I.t.exc("GeneratorExit")) || I.isinstance(e.exc, I.t.exc("StopIteration"))) return;
        throw;
    }
}

void raise_stop_iteration(Interp& I, const Value& returned) {
    std::vector<Value> args;
    if (!returned.is_none()) args.push_back(returned);
    I.raise_value(I.make_exception(I.t.exc("StopIteration"), std::move(args)));
}

namespace {

// Calls fn(args); a StopIteration it raises ends the delegation with its value.
std::optional<Value> call_delegate(Interp& I, const Value& fn, CallArgs args, Value& returned) {
    try {
        return I.call(fn, std::move(args));
    } catch (PyException& e) {
        if (!I.isinstance(e.exc, I.t.exc("StopIteration"))) throw;
        returned = I.getattr(e.exc, "value");
        return std::nullopt;
    }
}

} // namespace

std::optional<Value> delegate_step(Interp& I, const Value& it, const Value& sent, const Value& thrown,
                                   Value& returned) {
    const bool exiting = !thrown.is_none() && I.isinstance(thrown, I.t.exc("GeneratorExit"));
    if (GeneratorObj* g = it.get<GeneratorObj>()) {
        if (!exiting) return g->advance(I, sent, thrown, returned);
        close_generator(I, *g);
        I.raise_value(thrown);
    }
    if (exiting) { // the delegate is closed, then the delegating generator
        if (std::optional<Value> close = I.getattr_if(it, "close")) I.call(*close, CallArgs{});
        I.raise_value(thrown);
    }
    if (!thrown.is_none()) {
        std::optional<Value> throw_fn = I.getattr_if(it, "throw");
        if (!throw_fn) I.raise_value(thrown);
        return call_delegate(I, *throw_fn, CallArgs{thrown}, returned);
    }
    if (!sent.is_none()) return call_delegate(I, I.getattr(it, "send"), CallArgs{sent}, returned);
    if (it.is(ObjType::Iterator)) return I.next(it);
    return call_delegate(I, I.getattr(it, "__next__"), CallArgs{}, returned);
}

} // namespace revlab::py
