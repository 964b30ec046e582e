// `_revlab_frames`: where the running Python code is, for the standard modules that report it
// (warnings prints "<file>:<line>: UserWarning: ..." with the source line; logging's
// %(filename)s, %(lineno)d, %(funcName)s; traceback.format_exc()). Scripts get no frame objects:
// only these plain values.
#include "py/runtime/args.hpp"
#include "py/stdlib/native.hpp"

namespace revlab::py {

namespace {

// The text of line `line` (1-based) of `text`, without its newline; empty when there is none.
std::string line_of(const std::string& text, int line) {
    std::size_t start = 0;
    for (int k = 1; k < line; ++k) {
        start = text.find('\n', start);
        if (start == std::string::npos) return {};
        ++start;
    }
    const std::size_t end = text.find('\n', start);
    return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// The source line `line` of a project file (read again: the interpreter keeps trees, not text).
std::string source_line(Interp& I, const std::string& path, int line) {
    if (!I.host.read_file || line <= 0) return {};
    std::optional<std::string> text = I.host.read_file(path);
    return text ? line_of(*text, line) : std::string();
}

// caller(depth): (filename, lineno, function name, module name, source line) of the Python frame
// `depth` levels above the one calling caller() (0 is that frame itself); None above the top.
Value frames_caller(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "caller", {"depth=", "/"});
    const std::int64_t depth = a.has(0) ? I.index(a[0], "depth") : 0;
    const std::vector<Frame*>& frames = I.frames();
    if (depth < 0 || depth >= static_cast<std::int64_t>(frames.size())) return Value();
    const Frame& f = *frames[frames.size() - 1 - static_cast<std::size_t>(depth)];
    std::string file;
    int line = 0;
    if (f.where != nullptr) {
        file = f.where->file();
        line = f.where->line;
    }
    std::string text = source_line(I, file, line);
    Value module_name = I.str("");
    if (f.globals != nullptr)
        if (const Value* n = f.globals->find("__name__")) module_name = *n;
    return I.tuple({I.str(I.host.python_path(file)), Value::integer(line), I.str(std::string(f.name)), module_name,
                    I.str(text)});
}

// traceback(exc): the frames a raised exception passed through, outermost first, as (filename,
// lineno, function name, source line) tuples; [] for an exception never raised.
Value frames_traceback(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "traceback", {"exc", "/"});
    const InstanceObj* inst = a[0].get<InstanceObj>();
    if (inst == nullptr || !I.isinstance(a[0], I.t.exc("BaseException")))
        I.type_error("traceback() argument must be an exception, not '" + I.type_name(a[0]) + "'");
    std::vector<Value> entries;
    if (inst->traceback) {
        for (const TraceEntry& e : *inst->traceback) {
            std::string text = source_line(I, e.loc.file(), e.loc.line);
            entries.push_back(
                I.tuple({I.str(I.host.python_path(e.loc.file())), Value::integer(e.loc.line), I.str(e.function),
                         I.str(text)}));
        }
    }
    return I.list(std::move(entries));
}

// depth(): how many Python frames are running.
Value frames_depth(Interp& I, const Value&, CallArgs& args, const Value&) {
    no_args(I, args, "depth");
    return Value::integer(static_cast<std::int64_t>(I.frames().size()));
}

void init_frames(Interp& I, ModuleObj& m) {
    DictObj& d = *m.dict;
    d.set(I, "caller", I.builtin("caller", frames_caller));
    d.set(I, "depth", I.builtin("depth", frames_depth));
    d.set(I, "traceback", I.builtin("traceback", frames_traceback));
}

} // namespace

void register_frames_module(Interp& I) {
    I.add_native_module("_revlab_frames", init_frames);
}

} // namespace revlab::py
