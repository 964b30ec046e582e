// Modules and imports, as Python's import system finds them: sys.modules first, then the modules
// built into Revlab (written in C++, or Python source compiled into the binary), then the
// project's own files along the search path (package/__init__.py, then module.py), as Python's
// path would find them from the project's root.
#include "py/parser.hpp"
#include "py/resolver.hpp"
#include "py/runtime/dispatch.hpp"
#include "py/runtime/exec.hpp"
#include "py/runtime/modules.hpp"
#include "py/unparse.hpp"

namespace revlab::py {

void Interp::add_native_module(const std::string& name, ModuleInit init) {
    native_modules_[name] = std::move(init);
}

void Interp::add_source_module(const std::string& name, std::string_view text, bool package) {
    source_modules_[name] = {text, package};
}

namespace {

void set_module_attrs(Interp& I, ModuleObj& m, const std::string& path, bool package) {
    DictObj& d = *m.dict;
    d.set(I, "__name__", I.str(m.name));
    d.set(I, "__file__", I.str(I.host.python_path(path)));
    std::string package_name = package ? m.name : m.name.substr(0, m.name.rfind('.') == std::string::npos ? 0 : m.name.rfind('.'));
    d.set(I, "__package__", I.str(package_name));
    if (!d.find("__doc__")) d.set(I, "__doc__", Value());
    if (package) {
        std::string dir = path.substr(0, path.rfind('/') == std::string::npos ? 0 : path.rfind('/'));
        d.set(I, "__path__", I.list({I.str(dir)}));
    }
}

// Runs parsed source as module `m`, which is in sys.modules already.
void execute(Interp& I, ModuleObj& m, std::shared_ptr<const Source> src) {
    m.source = src;
    Frame frame;
    frame.code = src->code.get();
    frame.globals = m.dict.get();
    frame.source = &m.source;
    frame.name = "<module>";
    m.initializing = true;
    FrameGuard guard(I, frame);
    try {
        run_body(I, src->body, frame);
    } catch (...) {
        m.initializing = false;
        throw;
    }
    m.initializing = false;
}

std::shared_ptr<const Source> compile(const std::string& path, std::string text) {
    auto src = std::make_shared<Source>(parse(text, path));
    resolve(*src);
    return src;
}

} // namespace

Ref<ModuleObj> Interp::run_module(const std::string& name, const std::string& path, std::string text,
                                  bool register_module) {
    return run_module(name, compile(path, std::move(text)), register_module);
}

Ref<ModuleObj> Interp::run_module(const std::string& name, std::shared_ptr<const Module> src, bool register_module) {
    // A tree the script layer parsed (for the revision's identifiers only) is resolved on its
    // first run. The tree is owned by its shared_ptr and never shared across threads, so this
    // one-time annotation of a logically-const tree is safe.
    if (!src->code) resolve(const_cast<Module&>(*src));
    const std::string& path = src->path;
    Ref<ModuleObj> m = heap.make<ModuleObj>(name);
    set_module_attrs(*this, *m, path, false);
    if (const Expr* doc = src->docstring()) m->dict->set(*this, "__doc__", str(doc->text));
    if (register_module) modules[name] = m;
    try {
        execute(*this, *m, src);
    } catch (...) {
        if (register_module) modules.erase(name);
        throw;
    }
    return m;
}

Ref<ModuleObj> Interp::import_module(const std::string& name, const SourceLocation* where) {
    (void)where;
    if (auto it = modules.find(name); it != modules.end()) return it->second;
    // A dotted name imports its parents first, as Python does.
    Ref<ModuleObj> parent;
    const std::size_t dot = name.rfind('.');
    if (dot != std::string::npos) {
        parent = import_module(name.substr(0, dot), where);
        if (auto it = modules.find(name); it != modules.end()) return it->second; // the parent imported it
    }
    auto bind_in_parent = [&](const Ref<ModuleObj>& m) {
        if (parent) parent->dict->set(*this, name.substr(dot + 1), Value(m));
    };

    if (auto it = native_modules_.find(name); it != native_modules_.end()) {
        Ref<ModuleObj> m = heap.make<ModuleObj>(name);
        set_module_attrs(*this, *m, "<revlab>/" + name, false);
        modules[name] = m;
        ModuleInit init = it->second;
        try {
            init(*this, *m);
        } catch (...) {
            modules.erase(name);
            throw;
        }
        bind_in_parent(m);
        return m;
    }
    if (auto it = source_modules_.find(name); it != source_modules_.end()) {
        const auto [text, package] = it->second;
        std::string path = "<revlab>/" + name;
        for (char& c : path)
            if (c == '.') c = '/';
        path += package ? "/__init__.py" : ".py";
        std::shared_ptr<const Source> src;
        if (host.trees) {
            std::shared_ptr<const Module>& kept = host.trees->by_name[name];
            if (!kept) kept = compile(path, std::string(text));
            src = kept;
        } else {
            src = compile(path, std::string(text));
        }
        Ref<ModuleObj> m = heap.make<ModuleObj>(name);
        set_module_attrs(*this, *m, path, package);
        modules[name] = m;
        try {
            execute(*this, *m, src);
        } catch (...) {
            modules.erase(name);
            throw;
        }
        bind_in_parent(m);
        return m;
    }
    // The project's own files.
    if (host.read_file) {
        std::string rel = name;
        for (char& c : rel)
            if (c == '.') c = '/';
        std::vector<std::string> roots;
        if (parent) {
            if (const Value* p = parent->dict->find("__path__"))
                for (const Value& d : to_vector(*p))
                    roots.push_back(to_str(d));
            rel = name.substr(dot + 1);
        } else {
            roots = host.search_path;
        }
        for (const std::string& root : roots) {
            const std::string base = root.empty() ? rel : root + "/" + rel;
            for (int package = 1; package >= 0; --package) {
                const std::string path = package ? base + "/__init__.py" : base + ".py";
                std::optional<std::string> text = host.read_file(path);
                if (!text) continue;
                std::shared_ptr<const Source> src = compile(path, std::move(*text));
                Ref<ModuleObj> m = heap.make<ModuleObj>(name);
                set_module_attrs(*this, *m, path, package == 1);
                if (const Expr* doc = src->docstring()) m->dict->set(*this, "__doc__", str(doc->text));
                modules[name] = m;
                try {
                    execute(*this, *m, src);
                } catch (...) {
                    modules.erase(name);
                    throw;
                }
                bind_in_parent(m);
                return m;
            }
        }
    }
    // Modules of Python's standard library that reach outside the sandbox are named as such.
    static const std::pair<const char*, const char*> kRefused[] = {
        {"subprocess", "scripts cannot run programs"},       {"multiprocessing", "scripts cannot run programs"},
        {"socket", "scripts cannot open network connections"}, {"urllib", "scripts cannot open network connections"},
        {"http", "scripts cannot open network connections"},   {"ssl", "scripts cannot open network connections"},
        {"ctypes", "scripts cannot call native code"},         {"cffi", "scripts cannot call native code"},
        {"pickle", "unpickling can run arbitrary code"},       {"marshal", "it loads code objects"},
        {"importlib", "imports resolve only as Revlab resolves them"},
        {"threading", "scripts run on one thread"},            {"asyncio", "scripts run on one thread"},
        {"signal", "scripts cannot handle signals"},
        {"pathlib", "scripts cannot read or write files"},     {"shutil", "scripts cannot read or write files"},
        {"tempfile", "scripts cannot read or write files"},    {"glob", "scripts cannot read or write files"},
        {"sqlite3", "the migration's connection is op.get_bind()"},
    };
    const std::string top = name.substr(0, name.find('.'));
    for (const auto& [refused, why] : kRefused)
        if (top == refused)
            raise("ModuleNotFoundError", "module '" + name + "' is not available in Revlab's sandbox: " + why);
    Value exc = make_exception(t.exc("ModuleNotFoundError"), {str("No module named '" + name + "'")});
    exc.as<InstanceObj>()->dict = dict();
    exc.as<InstanceObj>()->dict->set(*this, "name", str(name));
    raise_value(exc);
}

namespace {

// The absolute name of `from ..x import y` in the module whose globals are `g`.
std::string absolute_name(Interp& I, const Stmt& s, DictObj& g) {
    const std::string relative = s.name.substr(static_cast<std::size_t>(s.level));
    if (s.level == 0) return relative;
    std::string package;
    if (const Value* p = g.find("__package__"); p != nullptr && p->is(ObjType::Str)) package = p->as<StrObj>()->text;
    if (package.empty()) I.raise("ImportError", "attempted relative import with no known parent package");
    for (int up = 1; up < s.level; ++up) {
        const std::size_t dot = package.rfind('.');
        if (dot == std::string::npos) I.raise("ImportError", "attempted relative import beyond top-level package");
        package = package.substr(0, dot);
    }
    return relative.empty() ? package : package + "." + relative;
}

} // namespace

void exec_import(Interp& I, const Stmt& s, Frame& f) {
    if (s.kind == StmtKind::Import) {
        for (const ImportName& n : s.names) {
            Ref<ModuleObj> m = I.import_module(n.name, &n.loc);
            if (!n.alias.empty()) {
                store_name(I, n.scope, n.slot, n.alias, Value(m), f);
            } else {
                const std::string top = n.name.substr(0, n.name.find('.'));
                store_name(I, n.scope, n.slot, top, Value(I.import_module(top, &n.loc)), f);
            }
        }
        return;
    }
    const std::string module = absolute_name(I, s, *f.globals);
    Ref<ModuleObj> m = I.import_module(module, &s.loc);
    for (const ImportName& n : s.names) {
        if (n.name == "*") {
            std::vector<Value> names;
            if (const Value* all = m->dict->find("__all__")) {
                names = I.to_vector(*all);
            } else {
                for (const DictObj::Entry& e : m->dict->entries())
                    if (e.live)
                        if (const StrObj* k = e.key.get<StrObj>(); k != nullptr && !k->text.empty() && k->text[0] != '_')
                            names.push_back(e.key);
            }
            for (const Value& k : names) {
                const std::string key = I.to_str(k);
                (f.ns != nullptr ? f.ns : f.globals)->set(I, key, I.getattr(Value(m), key));
            }
            continue;
        }
        std::optional<Value> v;
        if (const Value* found = m->dict->find(n.name)) v = *found;
        if (!v) {
            try {
                v = Value(I.import_module(module + "." + n.name, &n.loc));
            } catch (PyException& e) {
                if (!I.isinstance(e.exc, I.t.exc("ModuleNotFoundError"))) throw;
                std::optional<Value> attr = I.getattr_if(Value(m), n.name);
                if (!attr) {
                    std::string where;
                    if (const Value* file = m->dict->find("__file__")) where = " (" + I.to_str(*file) + ")";
                    I.raise("ImportError", "cannot import name '" + n.name + "' from '" + module + "'" + where);
                }
                v = *attr;
            }
        }
        store_name(I, n.scope, n.slot, n.alias.empty() ? n.name : n.alias, std::move(*v), f);
    }
}

bool future_annotations(Interp& I, Frame& f) {
    (void)I;
    const Value* v = f.globals->find("annotations");
    if (v == nullptr) return false;
    const InstanceObj* feature = v->get<InstanceObj>();
    return feature != nullptr && feature->cls->name == "_Feature";
}

std::string source_text(Interp& I, Frame& f, const Expr& e) {
    (void)I;
    (void)f;
    return unparse(e);
}

} // namespace revlab::py
