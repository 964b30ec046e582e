// The script host: the interpreter of one command, its `alembic.op` module (native: each op.*
// call becomes a record for the ScriptRunner, which checks and runs it as before), batch
// operations as Python context managers, and the translation of what goes wrong in a script into
// one located revlab::Error.
#include "operations/script_host.hpp"

#include "operations/py_records.hpp"
#include "operations/sa_inspector.hpp"
#include "operations/script_runner.hpp"
#include "py/runtime/args.hpp"
#include "py/runtime/classes.hpp"
#include "py/stdlib/embedded.hpp"
#include "py/unicode.hpp"
#include "sa/bind.hpp"

#include <algorithm>
#include <map>

namespace revlab::operations {

std::span<const py::EmbeddedModule> alembic_sources(); // generated from core/operations/lib

using py::CallArgs;
using py::Interp;

struct ScriptHost::State {
    const project::FileTree* files = nullptr;
    std::uint64_t steps = 0;
    Sink out, err;
    std::shared_ptr<sa::Bind> bind = std::make_shared<sa::Bind>();
    std::unique_ptr<Interp> interp;
    std::shared_ptr<py::ModuleTrees> trees;
    std::map<std::string, py::Ref<py::ModuleObj>> revisions; // by file: each runs once per command
    Executor* ex = nullptr;                                   // the step running now
    std::unique_ptr<ScriptRunner> runner;
    std::string logging_config; // alembic.ini, for env.py's fileConfig()
};

namespace {

using State = ScriptHost::State;

// The host's state, reachable from the natives through their `data` Value.
class HostHandle : public py::NativeObj {
public:
    HostHandle(py::Heap& h, py::Ref<py::ClassObj> klass, State* s)
        : NativeObj(h, std::move(klass), sizeof(HostHandle)), state(s) {}
    State* state;
};

// A batch_op: the context manager op.batch_alter_table() returns.
class BatchObj : public py::NativeObj {
public:
    BatchObj(py::Heap& h, py::Ref<py::ClassObj> klass, State* s, int id_)
        : NativeObj(h, std::move(klass), sizeof(BatchObj)), state(s), id(id_) {}
    State* state;
    int id;
};

py::Ref<py::ClassObj> native_class(Interp& I, const std::string& name) {
    py::Ref<py::ClassObj> cls = I.heap.make<py::ClassObj>(name);
    cls->mro = {cls.get(), I.t.object.get()};
    cls->bases = {I.t.object};
    cls->metaclass = I.t.type;
    cls->is_native = true;
    cls->dict->set(I, "__module__", I.str("alembic.operations"));
    return cls;
}

SourceLocation here(Interp& I) {
    const auto& frames = I.frames();
    if (!frames.empty() && frames.back()->where) return *frames.back()->where;
    return {};
}

State& running(Interp& I, State* s, const std::string& what) {
    if (s == nullptr || s->runner == nullptr)
        I.raise("NameError", "Can't invoke function '" + what +
                                 "', as the proxy object has not yet been established for the Alembic 'Operations' "
                                 "class.  Try placing this code inside a callable.");
    return *s;
}

State* state_of(const py::Value& data) {
    return static_cast<HostHandle*>(data.get<py::NativeObj>())->state;
}

// A call record for the ScriptRunner: name, the converted arguments, located at the statement.
Value call_record(Interp& I, const std::string& name, CallArgs& args, int object_id = -1) {
    const SourceLocation loc = here(I);
    Value call;
    call.kind = Value::Kind::Call;
    call.s = name;
    call.loc = loc;
    call.object_id = object_id;
    for (const py::Value& a : args.pos)
        call.items.push_back(to_record(I, a, loc));
    for (auto& [k, v] : args.kw)
        call.kwargs.emplace_back(k, to_record(I, v, loc));
    return call;
}

// An operation's failure as a Python exception, which the script may catch: SQLAlchemy's
// DBAPIError when SQLite refused the operation's SQL (as under Alembic), else
// alembic.util.exc.OperationError. It keeps the message and place that script_error() reports when
// it is not caught.
[[noreturn]] void raise_operation_error(Interp& I, const Error& e, const SourceLocation& fallback,
                                        const py::Value& params = py::Value()) {
    py::Ref<py::ModuleObj> m = I.import_module("alembic.util.exc");
    py::Value exc;
    if (const SqlFailure* sql = e.sql_failure()) {
        exc = I.call(I.getattr(py::Value(m), "sql_error"), {I.str(sql->message), I.str(sql->sql), params});
    } else {
        exc = I.call(I.getattr(py::Value(m), "operation_error"), {I.str(e.message())});
    }
    I.setattr(exc, "_revlab_message", I.str(e.message()));
    const SourceLocation where = e.where() ? *e.where() : fallback;
    I.setattr(exc, "_revlab_where", I.tuple({I.str(where.file()), py::Value::integer(where.line),
                                             py::Value::integer(where.column)}));
    I.raise_value(exc);
}

// Runs one call record; an error without a place (SQLite's own) gets the calling statement's.
ValuePtr dispatch(Interp& I, State& s, const Value& call) {
    try {
        return s.runner->dispatch(call);
    } catch (const Error& e) {
        raise_operation_error(I, e, call.loc.line > 0 ? call.loc : here(I));
    }
}

py::Value batch_object(Interp& I, State& s, int id) {
    py::Value& cls = I.host_state["operations.BatchOperations"];
    return py::Value(I.heap.make<BatchObj>(py::Ref<py::ClassObj>(cls.as<py::ClassObj>()), &s, id));
}

// op.execute(construct): the SQLAlchemy emulation compiles it (literal values in --sql mode).
bool execute_construct(Interp& I, State& s, const py::Value& statement) {
    std::optional<py::Value> compile = I.getattr_if(statement, "__revlab_compile__");
    if (!compile) return false;
    const bool offline = s.ex->offline();
    const std::vector<py::Value> parts = I.to_vector(I.call(*compile, {py::Value::boolean(offline)}));
    if (parts.size() != 2) throw Error(here(I), "the SQL construct compiled to something other than (sql, params)");
    const std::string sql = I.to_str(parts[0]);
    std::vector<sqlite::Value> params;
    for (const py::Value& p : I.to_vector(parts[1]))
        params.push_back(sa::to_sql(I, p, params.size() + 1));
    try {
        s.ex->execute(sql, params);
    } catch (const Error& e) {
        raise_operation_error(I, e, here(I), parts[1]);
    }
    return true;
}

// bulk_insert(table, rows): the rows bound through their columns' types in Python first
// (alembic/runtime/bulk_rows.py: process_bind_param, Enum members), as SQLAlchemy binds them when
// Alembic inserts; the operation then stores what they became.
void bind_bulk_rows(Interp& I, CallArgs& args) {
    auto find = [&](std::size_t position, const char* keyword) -> py::Value* {
        if (args.pos.size() > position) return &args.pos[position];
        for (auto& [k, v] : args.kw)
            if (k == keyword) return &v;
        return nullptr;
    };
    py::Value* table = find(0, "table");
    py::Value* rows = find(1, "rows");
    if (table == nullptr || rows == nullptr) return; // the operation reports what is missing
    py::Ref<py::ModuleObj> m = I.import_module("alembic.runtime.bulk_rows");
    *rows = I.call(I.getattr(py::Value(m), "bind_rows"), {*table, *rows});
}

// op._proxy: the Operations object behind the proxy, which some scripts reach into
// (op._proxy.migration_context.dialect.name).
py::Value op_module_getattr(Interp& I, const py::Value&, CallArgs& args, const py::Value&) {
    py::Args a(I, args, "__getattr__", {"name"});
    const std::string name = I.to_str(a[0]);
    if (name == "_proxy") {
        py::Ref<py::ModuleObj> migration = I.import_module("alembic.runtime.migration");
        return I.call(I.getattr(py::Value(migration), "_revlab_operations"), CallArgs{});
    }
    I.raise("AttributeError", "module 'alembic.op' has no attribute '" + name + "'");
}

py::Value op_function(Interp& I, const py::Value& self, CallArgs& args, const py::Value& data) {
    const std::string name = I.to_str(self);
    State& s = running(I, state_of(data), name);
    if (name == "get_bind") {
        py::no_args(I, args, "get_bind");
        py::Ref<py::ModuleObj> engine = I.import_module("sqlalchemy.engine");
        return I.call(I.getattr(py::Value(engine), "_revlab_connection"), CallArgs{});
    }
    if (name == "get_context") {
        py::no_args(I, args, "get_context");
        py::Ref<py::ModuleObj> m = I.import_module("alembic.runtime.migration");
        return I.call(I.getattr(py::Value(m), "_revlab_context"), CallArgs{});
    }
    if (name == "execute" && !args.pos.empty() && execute_construct(I, s, args.pos[0])) return py::Value();
    // op.inline_literal(value, type_): a bound value always rendered into the SQL text, as
    // Alembic's; an operation given one receives it as its call (__revlab_record__).
    if (name == "inline_literal") {
        py::Ref<py::ModuleObj> elements = I.import_module("sqlalchemy.sql.elements");
        return I.call(I.getattr(py::Value(elements), "inline_literal"), std::move(args));
    }
    if (name == "bulk_insert") bind_bulk_rows(I, args);
    Value call = call_record(I, "alembic.op." + name, args);
    ValuePtr result = dispatch(I, s, call);
    if (result && result->kind == Value::Kind::Object && result->s == "alembic.batch_op")
        return batch_object(I, s, result->object_id);
    if (name == "create_table") {
        // Alembic returns the Table it created: the emulation's sa.Table, with the same columns.
        py::Ref<py::ModuleObj> sa = I.import_module("sqlalchemy");
        if (std::optional<py::Value> table = I.getattr_if(py::Value(sa), "Table")) {
            CallArgs t;
            t.pos.push_back(args.pos.at(0));
            t.pos.push_back(I.call(I.getattr(py::Value(sa), "MetaData"), CallArgs{}));
            t.pos.insert(t.pos.end(), args.pos.begin() + 1, args.pos.end());
            t.kw = args.kw;
            return I.call(*table, std::move(t));
        }
    }
    return from_record(I, result);
}

py::Value batch_enter(Interp&, const py::Value& self, CallArgs&, const py::Value&) {
    return self;
}

py::Value batch_exit(Interp& I, const py::Value& self, CallArgs& args, const py::Value&) {
    BatchObj& b = *static_cast<BatchObj*>(self.as<py::NativeObj>());
    // As Alembic's context manager: the batch runs when the block ends normally, not after an error.
    if (!args.pos.empty() && !args.pos[0].is_none()) return py::Value::boolean(false);
    State& s = running(I, b.state, "batch_alter_table");
    try {
        s.runner->flush_batch(b.id);
    } catch (const Error& e) {
        raise_operation_error(I, e, here(I));
    }
    return py::Value::boolean(false);
}

py::Value batch_method(Interp& I, const py::Value& self, CallArgs& args, const py::Value& data) {
    BatchObj& b = *static_cast<BatchObj*>(self.get<py::NativeObj>());
    const std::string name = I.to_str(data);
    State& s = running(I, b.state, name);
    if (name == "execute" && !args.pos.empty() && execute_construct(I, s, args.pos[0])) return py::Value();
    if (name == "bulk_insert") bind_bulk_rows(I, args);
    Value call = call_record(I, "alembic.batch_op." + name, args, b.id);
    return from_record(I, dispatch(I, s, call));
}

py::Value batch_getattr(Interp& I, const py::Value& self, CallArgs& args, const py::Value&) {
    py::Args a(I, args, "__getattr__", {"name"});
    const std::string name = I.to_str(a[0]);
    if (name.rfind("__", 0) == 0) I.raise("AttributeError", "'BatchOperations' object has no attribute '" + name + "'");
    py::Value m = I.builtin(name, batch_method, self, I.str(name));
    return m;
}

constexpr const char* kOperations[] = {
    "create_table", "drop_table", "rename_table", "add_column", "drop_column", "alter_column", "create_index",
    "drop_index", "create_unique_constraint", "create_foreign_key", "create_check_constraint",
    "create_primary_key", "drop_constraint", "execute", "bulk_insert", "batch_alter_table", "f", "get_bind",
    "get_context", "inline_literal", "create_table_comment", "drop_table_comment", "create_exclude_constraint",
    "implementation_for", "register_operation", "invoke", "run_async",
};

void install_op_module(Interp& I, State* state) {
    I.add_native_module("alembic.op", [state](Interp& in, py::ModuleObj& m) {
        py::Value handle(in.heap.make<HostHandle>(native_class(in, "OperationsHost"), state));
        m.dict->set(in, "__getattr__", in.builtin("__getattr__", op_module_getattr));
        for (const char* name : kOperations) {
            py::Value f = in.builtin(name, op_function, in.str(name), handle);
            m.dict->set(in, name, f);
        }
        py::Ref<py::ClassObj> batch = native_class(in, "BatchOperations");
        py::add_method(in, *batch, "__enter__", batch_enter);
        py::add_method(in, *batch, "__exit__", batch_exit);
        py::add_method(in, *batch, "__getattr__", batch_getattr);
        in.host_state["operations.BatchOperations"] = py::Value(batch);
    });
}

// "ValueError: bad value (in upgrade() at migrations/versions/x.py:12:5, called from ...)"
// `outer`: how many frames were already running when the guarded call began (env.py's, when a step
// runs inside its run_migrations()); they are not the script's callers and are left out.
Error script_error(Interp& I, const py::Value& exc, std::size_t outer = 0) {
    std::string line = I.exception_line(exc);
    if (I.isinstance(exc, I.t.exc("ModuleNotFoundError")))
        line += "; Revlab runs the project's own modules from its files: add the module's source to the project";
    SourceLocation where;
    // The callers, innermost first, with runs of the same call folded as Python folds them
    // ("[Previous line repeated 996 more times]"): a runaway recursion stays one readable line.
    std::vector<std::pair<std::string, int>> callers;
    // An exception raised inside Revlab's own modules (a type's bind in sqlalchemy, uuid.UUID('x'))
    // is placed at the innermost line of the project's code, where the user can act; the library's
    // line is named after the message.
    std::optional<SourceLocation> library;
    if (const py::InstanceObj* inst = exc.get<py::InstanceObj>(); inst && inst->traceback) {
        const auto outermost = inst->traceback->rend() -
                               static_cast<std::ptrdiff_t>(std::min(outer, inst->traceback->size()));
        for (auto it = inst->traceback->rbegin(); it != outermost; ++it) {
            if (it->loc.line == 0) continue;
            if (where.line == 0 && it->loc.file().rfind("<revlab>/", 0) == 0) {
                if (!library) library = it->loc;
                continue;
            }
            if (where.line == 0) {
                where = it->loc;
                continue;
            }
            std::string call = it->function + " at " + it->loc.str();
            if (!callers.empty() && callers.back().first == call) ++callers.back().second;
            else callers.emplace_back(std::move(call), 1);
        }
    }
    constexpr std::size_t kShown = 8; // callers named; the outermost is always among them
    std::string trace;
    for (std::size_t i = 0; i < callers.size(); ++i) {
        if (callers.size() > kShown && i == kShown - 1) {
            trace += ", ... " + std::to_string(callers.size() - kShown) + " more";
            i = callers.size() - 1;
        }
        trace += (trace.empty() ? "" : ", ") + callers[i].first;
        if (callers[i].second > 1) trace += " (" + std::to_string(callers[i].second) + " times)";
    }
    // An operation that failed: its own message and place, as before it crossed the script.
    if (std::optional<py::Value> at = I.getattr_if(exc, "_revlab_where")) {
        const std::vector<py::Value> parts = I.to_vector(*at);
        const std::optional<py::Value> message = I.getattr_if(exc, "_revlab_message");
        line = I.to_str(message ? *message : exc);
        if (parts.size() == 3 && parts[1].is_int() && parts[1].as_int() > 0)
            where = SourceLocation(I.to_str(parts[0]), static_cast<int>(parts[1].as_int()),
                                   static_cast<int>(parts[2].as_int()));
    }
    if (library && where.line == 0) {
        where = *library; // no project line at all: the library's own is the place
    } else if (library) {
        line += " (raised at " + library->str() + ")";
    }
    if (!trace.empty()) line += " (called from " + trace + ")";
    if (where.line == 0) return Error(line);
    return Error(where, line);
}

// env.py's `fileConfig(config.config_file_name)`: Alembic's loggers and format for what scripts log.
// Revlab's own lines do not depend on it, so a file the logging module refuses changes nothing else.
void configure_logging(Interp& I, const project::FileTree* files, const std::string& path) {
    if (path.empty() || files == nullptr || !files->exists(path)) return;
    std::string quoted;
    for (char c : path) {
        if (c == '\\' || c == '\'') quoted += '\\';
        quoted += c;
    }
    try {
        I.run_module("_revlab_env_logging", "<env.py>",
                     "import logging.config\nlogging.config.fileConfig('" + quoted + "')\n", false);
    } catch (py::PyException&) {
    } catch (const py::Halt&) {
    } catch (const Error&) {
    }
}

} // namespace

ScriptHost::ScriptHost(const project::FileTree* files, Sink out, Sink err, std::shared_ptr<py::ModuleTrees> trees)
    : state_(std::make_unique<State>()) {
    state_->files = files;
    state_->trees = std::move(trees);
    state_->out = std::move(out);
    state_->err = std::move(err);
}

ScriptHost::~ScriptHost() = default;

void ScriptHost::set_logging_config(std::string path) {
    state_->logging_config = std::move(path);
}

void ScriptHost::set_step_budget(std::uint64_t steps) {
    state_->steps = steps;
    if (state_->interp) state_->interp->limits.steps = steps;
}

py::Interp& ScriptHost::interp() {
    if (!state_->interp) {
        py::Host host;
        host.out = state_->out;
        host.err = state_->err;
        host.trees = state_->trees;
        const project::FileTree* files = state_->files;
        if (files != nullptr) {
            host.root = files->display_path("x");
            host.root.resize(host.root.size() - 2); // "<root>/x" without "/x"
        }
        host.read_file = [files](const std::string& path) -> std::optional<std::string> {
            if (files == nullptr) return std::nullopt;
            try {
                if (!files->exists(path) || files->is_dir(path)) return std::nullopt;
                return files->read(path);
            } catch (const Error&) {
                return std::nullopt;
            }
        };
        py::Limits limits;
        if (state_->steps > 0) limits.steps = state_->steps;
        state_->interp = std::make_unique<Interp>(limits, std::move(host));
        Interp& I = *state_->interp;
        sa::install(I, state_->bind, schema_inspector());
        for (const py::EmbeddedModule& m : alembic_sources())
            I.add_source_module(std::string(m.name), m.text, m.package);
        install_op_module(I, state_.get());
        configure_logging(I, state_->files, state_->logging_config);
    }
    return *state_->interp;
}

namespace {

// The revision's module, executed once per command (as Alembic imports each file once).
py::Ref<py::ModuleObj> load(Interp& I, ScriptHost::State& s, const std::shared_ptr<const py::Module>& tree) {
    py::Ref<py::ModuleObj>& module = s.revisions[tree->path];
    if (!module) {
        // Alembic loads a revision as module re.sub(r"\W", "_", filename): its __name__ (what a
        // script's logging.getLogger(__name__) is called) is the file name with each non-word
        // character, the dot included, made '_'.
        const std::string& path = tree->path;
        const std::size_t slash = path.rfind('/');
        const std::string_view base = std::string_view(path).substr(slash == std::string::npos ? 0 : slash + 1);
        std::string name;
        for (std::size_t i = 0; i < base.size();) {
            const py::CodePoint cp = py::decode_utf8(base, i);
            if (py::is_word(cp.value)) name.append(base.substr(i, cp.size));
            else name += '_';
            i += cp.size;
        }
        module = I.run_module(name, tree, false);
    }
    return module;
}

} // namespace

std::string ScriptHost::function_name(const std::shared_ptr<const py::Module>& tree, const std::string& function) {
    Interp& I = interp();
    try {
        py::Ref<py::ModuleObj> module = load(I, *state_, tree);
        if (const py::Value* fn = module->dict->find(function))
            if (std::optional<py::Value> name = I.getattr_if(*fn, "__name__"))
                if (const py::StrObj* text = name->get<py::StrObj>()) return text->text;
    } catch (py::PyException&) {
    } catch (const py::Halt&) {
    } catch (const Error&) {
    } catch (const std::bad_alloc&) {
    }
    return function;
}

void ScriptHost::run(Executor& ex, const std::shared_ptr<const py::Module>& tree, const std::string& function,
                     const std::vector<std::pair<std::string, std::string>>& kwargs) {
    Interp& I = interp();
    State& s = *state_;
    // The step's executor for op.*, and its database for SQLAlchemy; put back as they were when it
    // ends (a step may run inside env.py's run_migrations(), whose connection stays in use).
    struct Step {
        State& s;
        Executor* saved_ex;
        std::unique_ptr<ScriptRunner> saved_runner;
        sqlite::Database* saved_db;
        bool saved_offline;
        std::function<void(const std::string&)> saved_emit;
        Step(State& st, Executor& e)
            : s(st), saved_ex(st.ex), saved_runner(std::move(st.runner)), saved_db(st.bind->db),
              saved_offline(st.bind->offline), saved_emit(std::move(st.bind->emit)) {
            s.ex = &e;
            s.runner = std::make_unique<ScriptRunner>(e);
            s.bind->db = &e.db();
            s.bind->offline = e.offline();
            s.bind->emit = [&e](const std::string& sql) { e.execute(sql); };
        }
        ~Step() {
            s.runner = std::move(saved_runner);
            s.ex = saved_ex;
            s.bind->db = saved_db;
            s.bind->offline = saved_offline;
            s.bind->emit = std::move(saved_emit);
        }
    } step(s, ex);
    guarded([&](Interp&) {
        py::Ref<py::ModuleObj> module = load(I, s, tree);
        const py::Value* fn = module->dict->find(function);
        if (fn == nullptr || fn->is_none())
            throw Error(SourceLocation{tree->path, 1, 1}, "the revision has no " + function + "() function");
        py::Value f = *fn;
        CallArgs call;
        for (const auto& [key, value] : kwargs) call.kw.emplace_back(key, I.str(value));
        I.call(f, std::move(call));
    });
}

void ScriptHost::guarded_on(sqlite::Database* db, const std::function<void(py::Interp&)>& f) {
    interp();
    sa::Bind& bind = *state_->bind;
    struct Restore {
        sa::Bind& b;
        sqlite::Database* saved;
        ~Restore() { b.db = saved; }
    } restore{bind, bind.db};
    if (db != nullptr) bind.db = db;
    guarded(f);
}

void ScriptHost::guarded(const std::function<void(py::Interp&)>& f) {
    Interp& I = interp();
    const std::size_t outer = I.frames().size();
    try {
        f(I);
    } catch (py::PyException& e) {
        throw script_error(I, e.exc, outer);
    } catch (const py::Halt& h) {
        if (h.where.line > 0) throw Error(h.where, h.message);
        throw Error(h.message);
    } catch (const std::bad_alloc&) {
        throw Error("the script used more memory than the sandbox could give it");
    }
}

} // namespace revlab::operations
