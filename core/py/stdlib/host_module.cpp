// `_revlab`: the few things the Python-written standard modules need from the host, and nothing
// more: the clock (datetime.now, time.time), random bytes (uuid4, secrets, random's seed), and
// the sandbox's limits. Deterministic scripts never touch it.
#include "py/runtime/args.hpp"
#include "py/stdlib/native.hpp"

#include <chrono>
#include <random>
#include <unistd.h>

namespace revlab::py {

namespace {

Value host_time(Interp& I, const Value&, CallArgs& args, const Value&) {
    no_args(I, args, "time");
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return Value::floating(std::chrono::duration<double>(now).count());
}

Value host_time_ns(Interp& I, const Value&, CallArgs& args, const Value&) {
    no_args(I, args, "time_ns");
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return Value::integer(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count());
}

Value host_monotonic(Interp& I, const Value&, CallArgs& args, const Value&) {
    no_args(I, args, "monotonic");
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    return Value::floating(std::chrono::duration<double>(now).count());
}

// n random bytes from the system (getentropy natively; crypto.getRandomValues in the browser).
Value host_urandom(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "urandom", {"n", "/"});
    const std::int64_t n = I.index(a[0], "n");
    if (n < 0) I.value_error("negative argument not allowed");
    I.heap.reserve(static_cast<std::size_t>(n));
    std::string out(static_cast<std::size_t>(n), '\0');
    for (std::size_t done = 0; done < out.size();) {
        const std::size_t chunk = std::min<std::size_t>(256, out.size() - done);
        if (getentropy(out.data() + done, chunk) != 0) {
            std::random_device rd; // a fallback that still needs no file access
            for (std::size_t k = 0; k < chunk; ++k)
                out[done + k] = static_cast<char>(rd() & 0xFF);
        }
        done += chunk;
    }
    return I.bytes(std::move(out));
}

Value host_steps(Interp& I, const Value&, CallArgs& args, const Value&) {
    no_args(I, args, "steps");
    return Value::integer(static_cast<std::int64_t>(I.steps_taken()));
}

void init_host(Interp& I, ModuleObj& m) {
    DictObj& d = *m.dict;
    d.set(I, "time", I.builtin("time", host_time));
    d.set(I, "time_ns", I.builtin("time_ns", host_time_ns));
    d.set(I, "monotonic", I.builtin("monotonic", host_monotonic));
    d.set(I, "urandom", I.builtin("urandom", host_urandom));
    d.set(I, "steps", I.builtin("steps", host_steps));
}

} // namespace

void register_host_module(Interp& I) {
    I.add_native_module("_revlab", init_host);
}

} // namespace revlab::py
