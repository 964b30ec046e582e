// What a generator function's body runs on so that it can pause at a `yield` and go on later:
// C++20 coroutines. Each statement and expression that holds a yield runs as a coroutine
// (gen_exec.cpp, gen_eval.cpp) whose frame keeps its progress (the loop's iterator, the operands
// evaluated so far); the parts without a yield run on the ordinary tree-walker.
//
// No co_await sits inside a try block: clang 14 with WebAssembly exceptions and LTO (the page's
// build) loses the catch of an exception raised after the suspension in such a try. A coroutine
// that must catch awaits Caught(...), which hands the exception over as a value (an Outcome).
//
// The coroutines never resume one another: a Resumption drives them from a loop (a trampoline).
// Awaiting a child pushes it on the Resumption's stack and returns to that loop; a finished child
// is popped and its parent resumed. So the C++ stack stays flat however deep the nesting and
// however many statements run between two yields, also under Emscripten, where symmetric transfer
// is not a tail call. A yield (Pause) stops the loop with the value to hand out; the next resume
// continues the innermost coroutine with what send() passed, or raises what throw() passed.
#pragma once

#include "py/runtime/interp.hpp"

#include <exception>
#include <optional>
#include <utility>
#include <vector>

#if __has_include(<coroutine>)
#include <coroutine>
namespace revlab::py::coro {
using std::coroutine_handle;
using std::suspend_always;
} // namespace revlab::py::coro
#else
// Emscripten 3.1.6's libc++ has only the Coroutines TS header; clang 14 warns that it is deprecated.
#include <experimental/coroutine>
#pragma clang diagnostic ignored "-Wdeprecated-experimental-coroutine"
namespace revlab::py::coro {
using std::experimental::coroutine_handle;
using std::experimental::suspend_always;
} // namespace revlab::py::coro
#endif

namespace revlab::py {

// One generator's coroutines, and what passes between them and the generator's caller.
struct Resumption {
    Interp* interp = nullptr;
    std::vector<coro::coroutine_handle<>> stack; // the coroutines under way, innermost last
    bool paused = false;                         // the innermost one stopped at a yield
    Value yielded;                               // what that yield handed out
    Value sent;   // what the yield gives when resumed (send(), None for next())
    Value thrown; // or the exception it raises instead (throw(), close()); None if none

    // Runs until a yield pauses the innermost coroutine or the outermost one finishes.
    void run() {
        paused = false;
        while (!stack.empty()) {
            coro::coroutine_handle<> h = stack.back();
            h.resume();
            if (paused) return;
            if (h.done()) stack.pop_back(); // else it is waiting for the child it pushed
        }
    }
};

// A coroutine computing a T (a Flow for statements, a Value for expressions). It starts when
// awaited (or started by the generator); its exception, C++ or Python, reaches the awaiter.
template <class T> class [[nodiscard]] Task {
  public:
    struct promise_type {
        Resumption* r = nullptr;
        std::optional<T> value;
        std::exception_ptr error;

        Task get_return_object() { return Task(coro::coroutine_handle<promise_type>::from_promise(*this)); }
        coro::suspend_always initial_suspend() noexcept { return {}; }
        coro::suspend_always final_suspend() noexcept { return {}; }
        void return_value(T v) { value = std::move(v); }
        void unhandled_exception() { error = std::current_exception(); }
    };

    explicit Task(coro::coroutine_handle<promise_type> h) : h_(h) {}
    Task(Task&& other) noexcept : h_(other.h_) { other.h_ = nullptr; }
    Task& operator=(Task&& other) noexcept {
        if (this != &other) {
            reset();
            h_ = other.h_;
            other.h_ = nullptr;
        }
        return *this;
    }
    Task(const Task&) = delete;
    Task& operator=(const Task&) = delete;
    ~Task() { reset(); }

    // Schedules the coroutine on r's stack (the next run() starts it).
    void start(Resumption& r) {
        h_.promise().r = &r;
        r.stack.push_back(h_);
    }
    bool done() const { return h_.done(); }
    // What it computed, or its exception rethrown.
    T result() {
        if (h_.promise().error) std::rethrow_exception(h_.promise().error);
        return std::move(*h_.promise().value);
    }

    // co_await task: runs it under the awaiting coroutine's Resumption.
    bool await_ready() const noexcept { return false; }
    template <class P> void await_suspend(coro::coroutine_handle<P> parent) { start(*parent.promise().r); }
    T await_resume() { return result(); }

  private:
    void reset() {
        if (h_) h_.destroy(); // destroys the locals, and with them the children it awaits
        h_ = nullptr;
    }
    coro::coroutine_handle<promise_type> h_;
};

// What an awaited step ended with: its value, or the exception that left it (`exc` is its Python
// exception; None for a sandbox halt, which no except or finally clause may catch).
template <class T> struct Outcome {
    T value{};
    std::exception_ptr error;
    Value exc;
};

// co_await Caught(awaitable): the awaitable's Outcome; its exception is caught, not raised.
template <class A> class Caught {
  public:
    using T = decltype(std::declval<A&>().await_resume());
    explicit Caught(A inner) : inner_(std::move(inner)) {}

    bool await_ready() {
        try {
            return inner_.await_ready();
        } catch (...) {
            out_.error = std::current_exception();
            return true;
        }
    }
    template <class P> void await_suspend(coro::coroutine_handle<P> h) { inner_.await_suspend(h); }
    Outcome<T> await_resume() {
        if (!out_.error) {
            try {
                out_.value = inner_.await_resume();
            } catch (PyException& e) {
                out_.error = std::current_exception();
                out_.exc = e.exc;
            } catch (...) {
                out_.error = std::current_exception();
            }
        } else {
            try {
                std::rethrow_exception(out_.error);
            } catch (PyException& e) {
                out_.exc = e.exc;
            } catch (...) {
            }
        }
        return std::move(out_);
    }

  private:
    A inner_;
    Outcome<T> out_;
};

// co_await Pause(v): a yield. Hands v out, and gives what the generator is resumed with.
// (A constructor, not an aggregate: GCC 12 destroys an aggregate awaitable's members twice.)
class Pause {
  public:
    // With `thrown`, an exception thrown in is put there instead of raised (`yield from` passes it on).
    explicit Pause(Value v, Value* thrown = nullptr) : value_(std::move(v)), thrown_(thrown) {}

    bool await_ready() const noexcept { return false; }
    template <class P> void await_suspend(coro::coroutine_handle<P> h) {
        r_ = h.promise().r;
        r_->paused = true;
        r_->yielded = std::move(value_);
    }
    Value await_resume() {
        if (!r_->thrown.is_none()) {
            Value exc = std::move(r_->thrown);
            r_->thrown = Value();
            if (thrown_ != nullptr) {
                *thrown_ = std::move(exc);
                return Value();
            }
            r_->interp->raise_value(std::move(exc)); // raised at the yield, in the generator's frame
        }
        Value v = std::move(r_->sent);
        r_->sent = Value();
        return v;
    }

  private:
    Value value_;
    Value* thrown_;
    Resumption* r_ = nullptr;
};

} // namespace revlab::py
