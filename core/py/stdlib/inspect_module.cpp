// `_revlab_inspect`: what inspect.signature() needs from a function, and nothing more (no code
// objects, no frames): its parameters' names, kinds and defaults. core/py/lib/inspect.py builds
// Python's Signature and Parameter on it (SQLAlchemy asks whether a default function takes the
// execution context).
#include "py/runtime/args.hpp"
#include "py/stdlib/native.hpp"

namespace revlab::py {

namespace {

// parameters(fn) -> [(name, kind, has_default, default)], kind as inspect.Parameter's names.
Value inspect_parameters(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "parameters", {"function", "/"});
    Value f = a[0];
    bool bound = false;
    if (const BoundMethodObj* m = f.get<BoundMethodObj>()) {
        f = m->function;
        bound = true;
    }
    const FunctionObj* fn = f.get<FunctionObj>();
    if (fn == nullptr) I.value_error("no signature found for " + I.repr(a[0]));
    const CodeInfo& code = *fn->code;
    std::vector<Value> out;
    const std::size_t npos = static_cast<std::size_t>(code.positional);
    const std::size_t first_default = npos - fn->defaults.size();
    for (std::size_t i = 0; i < npos; ++i) {
        if (bound && i == 0) continue;
        const char* kind = static_cast<int>(i) < code.positional_only ? "POSITIONAL_ONLY" : "POSITIONAL_OR_KEYWORD";
        const bool has_default = i >= first_default;
        out.push_back(I.tuple({I.str(code.slots[i]), I.str(kind), Value::boolean(has_default),
                               has_default ? fn->defaults[i - first_default] : Value()}));
    }
    if (code.star_slot >= 0)
        out.push_back(I.tuple({I.str(code.slots[static_cast<std::size_t>(code.star_slot)]), I.str("VAR_POSITIONAL"),
                               Value::boolean(false), Value()}));
    for (std::size_t k = 0; k < static_cast<std::size_t>(code.keyword_only); ++k) {
        const std::string& name = code.slots[npos + k];
        Value dflt;
        bool has_default = false;
        for (const auto& [kname, kvalue] : fn->kwdefaults)
            if (kname == name) dflt = kvalue, has_default = true;
        out.push_back(I.tuple({I.str(name), I.str("KEYWORD_ONLY"), Value::boolean(has_default), dflt}));
    }
    if (code.kwstar_slot >= 0)
        out.push_back(I.tuple({I.str(code.slots[static_cast<std::size_t>(code.kwstar_slot)]), I.str("VAR_KEYWORD"),
                               Value::boolean(false), Value()}));
    return I.list(std::move(out));
}

void init_inspect(Interp& I, ModuleObj& m) {
    m.dict->set(I, "parameters", I.builtin("parameters", inspect_parameters));
}

} // namespace

void register_inspect_module(Interp& I) {
    I.add_native_module("_revlab_inspect", init_inspect);
}

} // namespace revlab::py
