#include "py/run_main.hpp"

namespace revlab::py {

int run_main(const std::string& path, std::string text, Host host, Limits limits,
             const std::function<void(Interp&)>& setup) {
    auto err = host.err;
    try {
        Interp I(limits, std::move(host));
        if (setup) setup(I);
        try {
            I.run_module("__main__", path, std::move(text));
        } catch (PyException& e) {
            // SystemExit ends quietly with its code, as Python does.
            if (I.isinstance(e.exc, I.t.exc("SystemExit"))) {
                std::vector<Value> args = I.to_vector(I.getattr(e.exc, "args"));
                if (args.empty() || args[0].is_none()) return 0;
                if (args[0].is_int()) return static_cast<int>(args[0].as_int());
                if (err) err(I.to_str(args[0]) + "\n");
                return 1;
            }
            if (err) err(I.traceback_text(e.exc));
            return 1;
        }
        return 0;
    } catch (const std::bad_alloc&) {
        if (err) err("Error: the script used more memory than the sandbox could give it\n");
        return 1;
    } catch (const Halt& h) {
        if (err) err("Error: " + (h.where.line > 0 ? h.where.str() + ": " : std::string()) + h.message + "\n");
    } catch (const Error& e) {
        if (err) err("Error: " + std::string(e.what()) + "\n");
    }
    return 1;
}

} // namespace revlab::py
