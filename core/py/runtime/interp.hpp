// The interpreter: one instance per run of a command (as each `flask db` command is a fresh
// Python process), owning its heap, its builtin types, its modules and its limits. Nothing is
// global, so one wasm module can run several projects.
//
// The work is split by concern across runtime/*.cpp: exec.cpp runs statements, eval.cpp
// evaluates expressions, call.cpp binds arguments and calls, protocol.cpp is Python's object
// protocol (truth, equality, hashing, arithmetic, comparison, iteration), attributes.cpp looks
// attributes up, and the builtin types' methods live in one file each.
#pragma once

#include "py/runtime/callables.hpp"
#include "py/runtime/heap.hpp"
#include "py/runtime/iterators.hpp"
#include "py/runtime/module_trees.hpp"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace revlab::py {

// A Python exception on its way up: the exception instance (an InstanceObj of a BaseException
// subclass). Only `except` clauses catch it.
struct PyException {
    Value exc;
};

// The sandbox stopping a script (step budget, memory cap, recursion past what the stack allows):
// not a Python exception, so no `except` clause and no `finally` block can catch it and go on.
struct Halt {
    SourceLocation where;
    std::string message;
};

struct Limits {
    // Statements, loop iterations and calls. A data migration over 100,000 rows takes tens of
    // millions (the SQLAlchemy emulation runs as Python too); natively about 5 million a second.
    std::uint64_t steps = 200'000'000;
    std::size_t memory = 256u << 20;     // bytes of live objects
    int recursion = 1000;                // Python frames (sys.getrecursionlimit())
    std::size_t stack_bytes = 3u << 20;  // C++ stack the interpreter may use below its entry
};

// How the interpreter reaches the outside world: nothing else is available to a script.
struct Host {
    // What a project path (relative, '/'-separated) shows as in Python: root + "/" + path.
    std::string python_path(const std::string& path) const {
        if (root.empty() || path.empty() || path[0] == '<') return path;
        return root + "/" + path;
    }
    // The inverse: a path under root as the project path it names ("app/models.py"); others as given.
    std::string project_path(const std::string& path) const {
        if (root.empty() || path.size() <= root.size() || path.compare(0, root.size(), root) != 0 ||
            path[root.size()] != '/')
            return path;
        return path.substr(root.size() + 1);
    }
    std::function<void(std::string_view)> out; // print()
    std::function<void(std::string_view)> err; // warnings and logging
    // The text of a project file, or nullopt when there is none; `path` is relative to the
    // project root, with '/' separators ("app/models.py").
    std::function<std::optional<std::string>(const std::string& path)> read_file;
    // The project root as paths in programs show it (absolute on disk, e.g. config.config_file_name
    // in env.py): a path under it names the project file below it.
    std::string root;
    // Folders searched for imports, in order, relative to the project root ("" is the root).
    std::vector<std::string> search_path{""};
    // Where compiled built-in modules are kept between interpreters (null: each parses its own).
    std::shared_ptr<ModuleTrees> trees;
};

// The builtin classes of one interpreter.
struct Types {
    Ref<ClassObj> object, type, int_, bool_, float_, str, bytes, list, tuple, dict, set, frozenset, range, slice,
        none, not_implemented, ellipsis, function, builtin_function, method, module, cell, property, classmethod,
        staticmethod, super, iterator, dict_keys, dict_values, dict_items, generator;
    // The classes of the builtin iterators, by name ("list_iterator", "enumerate", "zip", ...).
    std::map<std::string, Ref<ClassObj>, std::less<>> iterator_classes;
    // Exceptions, by name: BaseException ... and their hierarchy.
    std::map<std::string, Ref<ClassObj>, std::less<>> exceptions;
    ClassObj* exc(std::string_view name) const;
    // exc("BaseException"), which attribute access asks about on every instance.
    ClassObj* base_exception = nullptr;
};

// What a running def, lambda, comprehension, class body or module has: its slots and where it is.
struct Frame {
    const CodeInfo* code = nullptr;
    std::vector<Value> slots;
    FunctionObj* function = nullptr; // null for a module or class body
    DictObj* globals = nullptr;
    DictObj* ns = nullptr; // a class body's namespace (its locals)
    const std::vector<Ref<CellObj>>* closure = nullptr;
    const std::shared_ptr<const Source>* source = nullptr; // the file whose tree runs here
    const SourceLocation* where = nullptr; // the statement running now
    std::string_view name;                  // for tracebacks
    Value return_value;
    std::vector<Value> handling; // exceptions being handled (for a bare `raise` and __context__)
};

class Interp {
public:
    Interp(Limits limits, Host host);
    ~Interp();
    Interp(const Interp&) = delete;
    Interp& operator=(const Interp&) = delete;

    Heap heap; // first: destroyed last
    Types t;
    Ref<DictObj> builtins;
    Limits limits;
    Host host;

    // ---- modules (import.cpp)
    // A module written in C++: `init` fills its namespace when it is first imported.
    using ModuleInit = std::function<void(Interp&, ModuleObj&)>;
    void add_native_module(const std::string& name, ModuleInit init);
    // A module of Python source built into Revlab (sqlalchemy, alembic, enum, ...).
    void add_source_module(const std::string& name, std::string_view text, bool package = false);
    // `import name` as Python does it: the module, initialised once; a located error naming the
    // module when it is found nowhere.
    Ref<ModuleObj> import_module(const std::string& name, const SourceLocation* where = nullptr);
    // Runs source text as a new module named `name` (a revision file, models.py, env.py); the
    // module is registered in sys.modules first, as Python's import does.
    Ref<ModuleObj> run_module(const std::string& name, const std::string& path, std::string text,
                              bool register_module = true);
    // The same for a file parsed already (a revision script read by the script layer). It is
    // resolved here if it was not yet.
    Ref<ModuleObj> run_module(const std::string& name, std::shared_ptr<const Module> tree, bool register_module = true);
    std::map<std::string, Ref<ModuleObj>> modules; // sys.modules

    // ---- calling (call.cpp)
    Value call(const Value& f, CallArgs args);
    Value call(const Value& f, std::initializer_list<Value> pos) { return call(f, CallArgs(pos)); }
    // obj.name(args), without making a bound method.
    Value call_method(const Value& obj, std::string_view name, CallArgs args);
    // Like call_method, but nullopt when obj has no such attribute.
    std::optional<Value> call_method_if(const Value& obj, std::string_view name, CallArgs args);

    // ---- making values
    Value str(std::string s);
    Value bytes(std::string b);
    Value integer(const BigInt& v); // an int Value, small when it fits
    Value list(std::vector<Value> items = {});
    Value tuple(std::vector<Value> items = {});
    Ref<DictObj> dict();
    Value set(bool frozen = false);
    Value builtin(std::string name, NativeFn fn, Value self = {}, Value data = {});

    // ---- the object protocol (protocol.cpp)
    ClassObj* type_of(const Value& v);
    bool truthy(const Value& v);
    bool eq(const Value& a, const Value& b);
    std::int64_t hash(const Value& v);
    Value binary(Op op, const Value& a, const Value& b);
    Value inplace(Op op, const Value& a, const Value& b);
    Value unary(Op op, const Value& v);
    Value compare(Op op, const Value& a, const Value& b);
    bool compare_bool(Op op, const Value& a, const Value& b) { return truthy(compare(op, a, b)); }
    bool contains(const Value& container, const Value& item);
    bool isinstance(const Value& v, ClassObj* cls);
    bool is_int(const Value& v); // int or bool, small or big
    std::optional<BigInt> big(const Value& v);
    std::int64_t index(const Value& v, std::string_view what); // __index__ to int64
    double to_float(const Value& v, std::string_view what);
    Value getitem(const Value& obj, const Value& key);
    void setitem(const Value& obj, const Value& key, Value value);
    void delitem(const Value& obj, const Value& key);
    std::int64_t len(const Value& v);

    // ---- iteration (iterate.cpp)
    Value iter(const Value& v);
    // The next value, or nullopt at the end (StopIteration).
    std::optional<Value> next(const Value& it);
    std::vector<Value> to_vector(const Value& iterable);
    // Calls f on each value in turn (stops early when f returns false).
    void for_each(const Value& iterable, const std::function<bool(const Value&)>& f);

    // ---- attributes (attributes.cpp)
    Value getattr(const Value& obj, std::string_view name);
    std::optional<Value> getattr_if(const Value& obj, std::string_view name);
    void setattr(const Value& obj, std::string_view name, Value value);
    void delattr(const Value& obj, std::string_view name);
    bool hasattr(const Value& obj, std::string_view name) { return getattr_if(obj, name).has_value(); }

    // ---- text (text.cpp)
    std::string repr(const Value& v);
    std::string to_str(const Value& v); // str(v)
    std::string type_name(const Value& v);
    Value format(const Value& v, std::string_view spec);

    // ---- exceptions (exceptions.cpp)
    [[noreturn]] void raise(ClassObj* cls, std::string message);
    [[noreturn]] void raise(std::string_view cls_name, std::string message) { raise(t.exc(cls_name), std::move(message)); }
    [[noreturn]] void type_error(std::string message) { raise("TypeError", std::move(message)); }
    [[noreturn]] void value_error(std::string message) { raise("ValueError", std::move(message)); }
    [[noreturn]] void raise_value(Value exc); // raise an instance (or a class) with its traceback begun
    [[noreturn]] void number_error(const NumberError& e);
    Value make_exception(ClassObj* cls, std::vector<Value> args);
    // The exception's class name and message, as the last line of a Python traceback prints it.
    std::string exception_line(const Value& exc);
    // The traceback as Python prints it (minus source lines).
    std::string traceback_text(const Value& exc);
    [[noreturn]] void halt(std::string message);

    // ---- running (exec.cpp, eval.cpp)
    // Steps left in the budget; every statement, loop iteration and call takes one.
    void step() {
        if (++steps_ > limits.steps) budget_exhausted();
        if (heap.has_finalizable()) [[unlikely]]
            run_finalizers();
    }
    Value eval(const Expr& e, Frame& f);
    // Runs a function object's body with its arguments bound (a generator function: makes the
    // generator).
    Value run_function(FunctionObj& fn, CallArgs& args);
    // Runs fn's body in `frame`.
    Value run_function_in(FunctionObj& fn, CallArgs& args, Frame& frame);
    // Sets `frame` up for a call of fn: its slots, the arguments bound (a TypeError when they do
    // not fit), its cells made.
    void bind_call(FunctionObj& fn, CallArgs& args, Frame& frame);
    const std::vector<Frame*>& frames() const { return frames_; }
    std::uint64_t steps_taken() const { return steps_; }

    // Per-class and per-module state that host modules keep (the op module's context, ...).
    std::map<std::string, Value> host_state;
    // Containers whose repr is being built (a list holding itself prints as [...]).
    std::vector<const Object*> repr_stack;

    // Exceptions being handled right now (sys.exc_info()).
    Value current_exception();

    // Raises RecursionError when the C++ stack under the interpreter's entry is nearly used up
    // (deep data: comparing or printing lists nested 100,000 deep).
    void check_stack();
    // Bytes print() has written; the sandbox stops a script past its output cap.
    std::size_t printed = 0;
    static constexpr std::size_t kMaxOutput = 16u << 20;

private:
    friend class FrameGuard;
    friend struct Executor;
    [[noreturn]] void budget_exhausted();
    void run_finalizers();
    std::optional<Value> lookup_attr(const Value& obj, std::string_view name, bool strict);

    std::vector<Frame*> frames_;
    std::uint64_t steps_ = 0;
    const char* stack_base_ = nullptr;
    std::map<std::string, ModuleInit> native_modules_;
    std::map<std::string, std::pair<std::string_view, bool>> source_modules_; // text, is package
};

// Pushes a frame for the time of a call, checking the recursion limit and the C++ stack.
class FrameGuard {
public:
    FrameGuard(Interp& I, Frame& f);
    ~FrameGuard();
    FrameGuard(const FrameGuard&) = delete;
    FrameGuard& operator=(const FrameGuard&) = delete;

private:
    Interp& I_;
};

} // namespace revlab::py
