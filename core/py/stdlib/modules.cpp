// The standard modules a script can import: the ones written in Python (core/py/lib, embedded at
// build time) and the ones written in C++ here and in this folder. A module that is neither, nor a
// file of the project, is not found: the sandbox has no os.system, no socket, no subprocess.
#include "py/runtime/args.hpp"
#include "py/runtime/classes.hpp"
#include "py/runtime/setup.hpp"
#include "py/stdlib/embedded.hpp"
#include "py/stdlib/native.hpp"

namespace revlab::py {

namespace {

Value sys_getrecursionlimit(Interp& I, const Value&, CallArgs& args, const Value&) {
    no_args(I, args, "getrecursionlimit");
    return Value::integer(I.limits.recursion);
}

// The sandbox keeps its own limit: a script may lower it, not raise it past Revlab's.
Value sys_setrecursionlimit(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "setrecursionlimit", {"limit", "/"});
    const std::int64_t n = I.index(a[0], "limit");
    if (n < 1) I.value_error("recursion limit must be greater or equal than 1");
    if (n < I.limits.recursion) I.limits.recursion = static_cast<int>(n);
    return Value();
}

Value sys_exc_info(Interp& I, const Value&, CallArgs& args, const Value&) {
    no_args(I, args, "exc_info");
    Value e = I.current_exception();
    if (e.is_none()) return I.tuple({Value(), Value(), Value()});
    return I.tuple({Value(I.type_of(e)), e, Value()});
}

// sys.modules as a snapshot of the modules imported so far; the frame-walking functions refused.
Value sys_getattr(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "__getattr__", {"name"});
    const std::string name = I.to_str(a[0]);
    if (name == "modules") {
        Ref<DictObj> d = I.dict();
        for (const auto& [n, m] : I.modules)
            d->set(I, n, Value(m));
        return Value(d);
    }
    if (name == "_getframe" || name == "settrace" || name == "setprofile" || name == "_current_frames" ||
        name == "exit" || name == "addaudithook")
        I.raise("AttributeError", "sys." + name + " is not available in Revlab's sandbox");
    I.raise("AttributeError", "module 'sys' has no attribute '" + name + "'");
}

Value stream_write(Interp& I, const Value&, CallArgs& args, const Value& which) {
    Args a(I, args, "write", {"s", "/"});
    const std::string text = I.to_str(a[0]);
    if (which.as_int() == 1) {
        if (I.host.out) I.host.out(text);
    } else if (I.host.err) {
        I.host.err(text);
    }
    return Value::integer(static_cast<std::int64_t>(text.size()));
}

Value version_info_repr(Interp& I, const Value& self, CallArgs&, const Value&) {
    const InstanceObj* vi = self.get<InstanceObj>();
    const auto& items = vi->base.as<TupleObj>()->items;
    return I.str("sys.version_info(major=" + I.repr(items[0]) + ", minor=" + I.repr(items[1]) + ", micro=" +
                 I.repr(items[2]) + ", releaselevel=" + I.repr(items[3]) + ", serial=" + I.repr(items[4]) + ")");
}

Value stream_flush(Interp&, const Value&, CallArgs&, const Value&) {
    return Value();
}

void init_sys(Interp& I, ModuleObj& m) {
    DictObj& d = *m.dict;
    // Debian bookworm's Python, which real Flask-Migrate runs on.
    {
        // sys.version_info: a tuple with named fields, as Python's struct sequence
        Ref<ClassObj> cls = I.heap.make<ClassObj>("version_info");
        cls->bases = {I.t.tuple};
        cls->mro = {cls.get(), I.t.tuple.get(), I.t.object.get()};
        cls->metaclass = I.t.type;
        cls->builtin = Builtin::Tuple;
        cls->dict->set(I, "__module__", I.str("sys"));
        add_method(I, *cls, "__repr__", version_info_repr);
        Ref<InstanceObj> vi = I.heap.make<InstanceObj>(cls);
        vi->base = I.tuple({Value::integer(3), Value::integer(11), Value::integer(2), I.str("final"), Value::integer(0)});
        vi->dict = I.dict();
        const char* fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
        for (std::size_t k = 0; k < 5; ++k)
            vi->dict->set(I, fields[k], vi->base.as<TupleObj>()->items[k]);
        d.set(I, "version_info", Value(vi));
    }
    d.set(I, "version", I.str("3.11.2 (revlab sandbox)"));
    d.set(I, "hexversion", Value::integer(0x030B02F0));
    d.set(I, "platform", I.str("linux"));
    d.set(I, "byteorder", I.str("little"));
    d.set(I, "maxsize", Value::integer(INT64_MAX));
    d.set(I, "argv", I.list({I.str("flask")}));
    d.set(I, "path", I.list({I.str("")}));
    d.set(I, "executable", I.str(""));
    d.set(I, "dont_write_bytecode", Value::boolean(true));
    d.set(I, "__getattr__", I.builtin("__getattr__", sys_getattr));
    d.set(I, "getrecursionlimit", I.builtin("getrecursionlimit", sys_getrecursionlimit));
    d.set(I, "setrecursionlimit", I.builtin("setrecursionlimit", sys_setrecursionlimit));
    d.set(I, "exc_info", I.builtin("exc_info", sys_exc_info));
    for (const auto& [name, which] : {std::pair{"stdout", 1}, std::pair{"stderr", 2}}) {
        Ref<ClassObj> cls = I.heap.make<ClassObj>(std::string("TextIOWrapper"));
        cls->mro = {cls.get(), I.t.object.get()};
        cls->bases = {I.t.object};
        cls->metaclass = I.t.type;
        cls->dict->set(I, "__module__", I.str("io"));
        add_method(I, *cls, "write", stream_write, Value::integer(which));
        add_method(I, *cls, "flush", stream_flush);
        Ref<InstanceObj> stream = I.heap.make<InstanceObj>(cls);
        stream->dict = I.dict();
        stream->dict->set(I, "name", I.str(std::string("<") + name + ">"));
        d.set(I, name, Value(stream));
        d.set(I, std::string("__") + name + "__", Value(stream));
        I.host_state[std::string("sys.") + name] = Value(stream); // print() writes these to the host
    }
}

} // namespace

void setup_standard_modules(Interp& I) {
    for (const EmbeddedModule& m : standard_library_sources())
        I.add_source_module(std::string(m.name), m.text, m.package);
    I.add_native_module("sys", init_sys);
    register_native_modules(I);
}

} // namespace revlab::py
