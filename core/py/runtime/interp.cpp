// The interpreter's life: making the builtin types and the builtins namespace, the frame stack
// with its recursion and stack limits, and the sandbox's stops.
#include "py/runtime/interp.hpp"

#include "py/runtime/setup.hpp"

namespace revlab::py {

ClassObj* Types::exc(std::string_view name) const {
    auto it = exceptions.find(name);
    return it == exceptions.end() ? nullptr : it->second.get();
}

Interp::Interp(Limits l, Host h) : heap(l.memory), limits(l), host(std::move(h)) {
    char here = 0;
    stack_base_ = &here;
    heap.on_over_limit([this](std::size_t, std::size_t cap) {
        halt("the script used more than " + std::to_string(cap >> 20) +
             " MiB of memory; Revlab stops scripts there (a loop that grows a list or a string forever?)");
    });
    setup_types(*this);
    builtins = dict();
    setup_builtins(*this);
    setup_standard_modules(*this);
}

Interp::~Interp() {
    // Break every cycle (modules hold functions that hold their modules' dicts) so the heap ends
    // empty; values held outside die with their owners before the heap.
    modules.clear();
    host_state.clear();
    builtins.reset();
    t = Types{};
    heap.collect_all();
}

// ---- making values --------------------------------------------------------------------------------

Value Interp::str(std::string s) {
    return Value(heap.make<StrObj>(std::move(s)));
}

Value Interp::bytes(std::string b) {
    return Value(heap.make<BytesObj>(std::move(b)));
}

Value Interp::integer(const BigInt& v) {
    if (v.fits_int64()) return Value::integer(v.to_int64());
    return Value(heap.make<BigIntObj>(v));
}

Value Interp::list(std::vector<Value> items) {
    return Value(heap.make<ListObj>(std::move(items)));
}

Value Interp::tuple(std::vector<Value> items) {
    return Value(heap.make<TupleObj>(std::move(items)));
}

Ref<DictObj> Interp::dict() {
    return heap.make<DictObj>();
}

Value Interp::set(bool frozen) {
    return Value(heap.make<SetObj>(frozen));
}

Value Interp::builtin(std::string name, NativeFn fn, Value self, Value data) {
    return Value(heap.make<BuiltinObj>(std::move(name), fn, std::move(self), std::move(data)));
}

// ---- frames and limits ----------------------------------------------------------------------------

FrameGuard::FrameGuard(Interp& I, Frame& f) : I_(I) {
    if (I.frames_.empty()) { // an entry from the host: measure the stack from here
        char here = 0;
        I.stack_base_ = &here;
    }
    if (static_cast<int>(I.frames_.size()) >= I.limits.recursion)
        I.raise("RecursionError", "maximum recursion depth exceeded");
    I.check_stack();
    I.frames_.push_back(&f);
}

FrameGuard::~FrameGuard() {
    I_.frames_.pop_back();
}

// The C++ stack under the interpreter's entry: Python's recursion limit keeps ordinary programs
// far from it, but deep expressions inside deep recursion could still get close, and running out
// of stack would crash the page. Stacks grow down on every platform Revlab builds for.
void Interp::check_stack() {
    char here = 0;
    const std::ptrdiff_t used = stack_base_ - &here;
    if (used > 0 && static_cast<std::size_t>(used) > limits.stack_bytes)
        raise("RecursionError", "maximum recursion depth exceeded (the interpreter's stack is full)");
}

void Interp::budget_exhausted() {
    halt("the script ran more than " + std::to_string(limits.steps) +
         " steps; Revlab stops scripts there (an endless loop?)");
}

void Interp::run_finalizers() {
    while (heap.has_finalizable()) {
        Ref<Object> o = heap.take_finalizable();
        o->finalize();
    }
}

void Interp::halt(std::string message) {
    Halt h;
    h.message = std::move(message);
    if (!frames_.empty() && frames_.back()->where) h.where = *frames_.back()->where;
    throw h;
}

Value Interp::current_exception() {
    for (auto it = frames_.rbegin(); it != frames_.rend(); ++it)
        if (!(*it)->handling.empty()) return (*it)->handling.back();
    return Value();
}

} // namespace revlab::py
