#include "py/runtime/generators.hpp"

#include "py/runtime/exec.hpp"

namespace revlab::py {

namespace {

// (x for ... in ... if ...): the loops' iterators are kept between next() calls.
class GeneratorExpression : public GeneratorObj {
public:
    GeneratorExpression(Heap& h, Interp& I, const Expr& e, Frame& outer)
        : GeneratorObj(h, sizeof(GeneratorExpression)), e_(e), source_(*outer.source), globals_(outer.globals) {
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

    std::optional<Value> resume(Interp& I, Value&) override {
        FrameGuard guard(I, frame_);
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
        finished = true;
        return std::nullopt;
    }

    void clear() override {
        iterators_.clear();
        frame_.slots.clear();
        closure_.clear();
        globals_.reset();
    }

private:
    const Expr& e_;
    std::shared_ptr<const Source> source_; // keeps e_ alive
    Ref<DictObj> globals_;
    std::vector<Ref<CellObj>> closure_;
    Frame frame_;
    std::vector<Value> iterators_;
};

// A generator function's call: the body runs on the first next(), its yields buffered.
class FunctionGenerator : public GeneratorObj {
public:
    FunctionGenerator(Heap& h, FunctionObj& fn, CallArgs args)
        : GeneratorObj(h, sizeof(FunctionGenerator)), fn_(&fn), args_(std::move(args)) {
        if (const StrObj* n = fn.name.get<StrObj>()) name = n->text;
    }

    std::optional<Value> resume(Interp& I, Value& returned) override {
        if (!ran_) {
            ran_ = true;
            try {
                return_value_ = I.run_generator_body(*fn_, args_, buffer_);
            } catch (PyException& e) {
                error_ = e.exc; // raised once the values yielded before it are consumed
            }
            args_ = CallArgs{};
        }
        if (pos_ < buffer_.size()) {
            Value v = std::move(buffer_[pos_]);
            buffer_[pos_++] = Value();
            return v;
        }
        finished = true;
        buffer_.clear();
        if (!error_.is_none()) {
            Value e = std::move(error_);
            error_ = Value();
            throw PyException{e};
        }
        returned = return_value_;
        return std::nullopt;
    }

    void clear() override {
        fn_.reset();
        args_ = CallArgs{};
        buffer_.clear();
        return_value_ = error_ = Value();
    }

private:
    Ref<FunctionObj> fn_;
    CallArgs args_;
    bool ran_ = false;
    std::vector<Value> buffer_;
    std::size_t pos_ = 0;
    Value return_value_;
    Value error_;
};

} // namespace

Value make_generator_expression(Interp& I, const Expr& e, Frame& outer) {
    return Value(I.heap.make<GeneratorExpression>(I, e, outer));
}

Value make_generator_call(Interp& I, FunctionObj& fn, CallArgs& args) {
    return Value(I.heap.make<FunctionGenerator>(fn, std::move(args)));
}

void record_yield(Interp& I, Frame& f, Value v, const Expr& at) {
    if (f.yields == nullptr) I.raise("SyntaxError", "'yield' outside function");
    (void)at;
    I.step();
    f.yields->push_back(std::move(v));
    if ((f.yields->size() & 1023) == 0) I.heap.reserve(f.yields->size() * sizeof(Value));
}

Value Interp::run_generator_body(FunctionObj& fn, CallArgs& args, std::vector<Value>& yields) {
    Frame frame;
    frame.yields = &yields;
    return run_function_in(fn, args, frame);
}


// ---- iterator and generator methods (next(it), it.__next__(), gen.send(None), gen.close()) ----------

namespace {

Value iter_self(Interp&, const Value& self, CallArgs&, const Value&) {
    return self;
}

Value iter_next(Interp& I, const Value& self, CallArgs&, const Value&) {
    if (std::optional<Value> v = I.next(self)) return *v;
    I.raise_value(I.make_exception(I.t.exc("StopIteration"), {}));
}

Value gen_send(Interp& I, const Value& self, CallArgs& args, const Value&) {
    if (args.pos.size() != 1) I.type_error("send() takes exactly one argument");
    if (!args.pos[0].is_none())
        I.type_error("Revlab's generators run ahead of their caller: send() accepts only None (use next())");
    return iter_next(I, self, args, Value());
}

Value gen_close(Interp&, const Value& self, CallArgs&, const Value&) {
    if (GeneratorObj* g = self.get<GeneratorObj>()) g->finished = true;
    return Value();
}

} // namespace

// function.__get__: functions are descriptors (enum and attrs-like code ask).
Value function_get(Interp& I, const Value& self, CallArgs& args, const Value&) {
    if (args.pos.empty()) I.type_error("__get__(None, None) is invalid");
    if (args.pos[0].is_none()) return self;
    return Value(I.heap.make<BoundMethodObj>(self, args.pos[0]));
}

void install_generator_methods(Interp& I) {
    {
        Value get = I.builtin("__get__", function_get);
        get.as<BuiltinObj>()->is_method = true;
        I.t.function->dict->set(I, "__get__", get);
    }
    for (ClassObj* c : {I.t.iterator.get(), I.t.generator.get()}) {
        Value it = I.builtin("__iter__", iter_self);
        it.as<BuiltinObj>()->is_method = true;
        c->dict->set(I, "__iter__", it);
        Value nx = I.builtin("__next__", iter_next);
        nx.as<BuiltinObj>()->is_method = true;
        c->dict->set(I, "__next__", nx);
    }
    const std::pair<const char*, NativeFn> methods[] = {{"send", gen_send}, {"close", gen_close}};
    for (auto [name, fn] : methods) {
        Value m = I.builtin(name, fn);
        m.as<BuiltinObj>()->is_method = true;
        I.t.generator->dict->set(I, name, m);
    }
}

} // namespace revlab::py
