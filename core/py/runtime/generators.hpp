// Generators. A generator expression is lazy, as in Python: each next() advances its loops just
// far enough to produce one value, in a frame of its own. A generator function (a def whose body
// yields) runs its body on the first next() and hands out what it yielded, one value at a time:
// the interpreter keeps its state on the C++ stack, which it cannot suspend. That differs from
// Python only when the caller and the generator interleave side effects, or the generator never
// ends (the step budget stops it), and it is said where scripts may meet it (README).
#pragma once

#include "py/runtime/interp.hpp"

namespace revlab::py {

class GeneratorObj : public Object {
public:
    static constexpr ObjType kType = ObjType::Generator;
    explicit GeneratorObj(Heap& h, std::size_t bytes) : Object(h, kType, bytes) { h.track(this); }
    // The next value, or nullopt at the end; `returned` gets the value of a `return` (StopIteration.value).
    virtual std::optional<Value> resume(Interp& I, Value& returned) = 0;
    std::string name = "generator";
    bool running = false;
    bool finished = false;
};

// A generator expression evaluated in frame `outer`.
Value make_generator_expression(Interp& I, const Expr& e, Frame& outer);
// Calling a generator function: nothing runs until the first next().
Value make_generator_call(Interp& I, FunctionObj& fn, CallArgs& args);
// Where `yield` inside a running generator function body puts its values.
void record_yield(Interp& I, Frame& f, Value v, const Expr& at);

} // namespace revlab::py
