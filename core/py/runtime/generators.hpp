// Generators, lazy as in Python. A generator expression advances its loops just far enough to
// produce one value, in a frame of its own. A generator function's call binds its arguments and
// runs nothing; each next() runs its body to the next yield, where it pauses (its statements run
// as coroutines, gen_run.hpp) until the next next(), send() or throw().
#pragma once

#include "py/runtime/interp.hpp"

namespace revlab::py {

class GeneratorObj : public Object {
public:
    static constexpr ObjType kType = ObjType::Generator;
    explicit GeneratorObj(Heap& h, std::size_t bytes) : Object(h, kType, bytes) { h.track(this); }

    // Runs the body to its next yield: the value yielded, or nullopt once the body has ended (what
    // it returned in `returned`). `thrown`, when not None, is raised at the paused yield instead of
    // resuming it with `sent` (throw(), close()). An exception leaving the body ends the generator.
    std::optional<Value> advance(Interp& I, const Value& sent, const Value& thrown, Value& returned);

    std::string name = "generator";
    std::string qualname = "generator";
    bool running = false;
    bool started = false;
    bool finished = false;

protected:
    virtual std::optional<Value> resume(Interp& I, const Value& sent, const Value& thrown, Value& returned) = 0;
};

// A generator expression evaluated in frame `outer`.
Value make_generator_expression(Interp& I, const Expr& e, Frame& outer);
// Calling a generator function: the arguments are bound now; the body runs on the first next().
Value make_generator_call(Interp& I, FunctionObj& fn, CallArgs& args);

// gen.close(): raises GeneratorExit at the paused yield, so that its finally clauses run.
void close_generator(Interp& I, GeneratorObj& g);
// One step of `yield from it`: passes `sent` (or raises `thrown`) into the delegate; the value it
// yields, or nullopt once it has finished (its result in `returned`).
std::optional<Value> delegate_step(Interp& I, const Value& it, const Value& sent, const Value& thrown,
                                   Value& returned);
// StopIteration carrying a generator's return value (none when it returned None).
[[noreturn]] void raise_stop_iteration(Interp& I, const Value& returned);

} // namespace revlab::py
