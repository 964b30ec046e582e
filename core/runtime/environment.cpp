#include "runtime/environment.hpp"

#include "py/runtime/interp.hpp"
#include "runtime/migration.hpp"

#include <set>

namespace revlab::runtime {

namespace {

// The Environment behind `_revlab_env.configured()` and `_revlab_env.run_migrations()`, reachable
// through the builtins' data.
class EnvHandle : public py::NativeObj {
public:
    EnvHandle(py::Heap& h, py::Ref<py::ClassObj> klass, std::function<void()> on_configure,
              std::function<void(py::Interp&, py::CallArgs&)> on_run)
        : NativeObj(h, std::move(klass), sizeof(EnvHandle)), configured(std::move(on_configure)),
          run(std::move(on_run)) {}
    std::function<void()> configured;
    std::function<void(py::Interp&, py::CallArgs&)> run;
};

py::Value env_configured(py::Interp&, const py::Value&, py::CallArgs&, const py::Value& data) {
    static_cast<EnvHandle*>(data.get<py::NativeObj>())->configured();
    return py::Value();
}

py::Value env_run(py::Interp& I, const py::Value&, py::CallArgs& args, const py::Value& data) {
    static_cast<EnvHandle*>(data.get<py::NativeObj>())->run(I, args);
    return py::Value();
}

py::Value strings(py::Interp& I, const std::vector<std::string>& items) {
    std::vector<py::Value> values;
    for (const auto& s : items) values.push_back(I.str(s));
    return I.list(std::move(values));
}

// configure() keywords that change nothing Revlab does on SQLite (the connection is the command's
// own, the steps always run in Revlab's transaction).
const std::set<std::string, std::less<>> kAccepted = {
    "connection", "url", "dialect_name", "dialect_opts", "literal_binds", "transactional_ddl",
    "transaction_per_migration", "output_buffer", "starting_rev", "tag", "include_schemas",
    "target_metadata", "render_as_batch", "compare_type", "compare_server_default", "process_revision_directives",
    "version_table", "include_name", "include_object", "upgrade_token", "downgrade_token",
};

const py::Value* item(const py::DictObj& d, std::string_view key) {
    const py::Value* v = d.find(key);
    return v;
}

} // namespace

std::optional<std::string> EngineRun::engine_name() const {
    for (const auto& [key, value] : kwargs)
        if (key == "engine_name") return value;
    return std::nullopt;
}

void Environment::warn(const std::string& where, const std::string& message) {
    // configure() runs once per database in a --multidb env.py: each warning once.
    if (!warned_.insert(where + message).second) return;
    out_.log("WARNING", "revlab.env", where + ": " + message);
}

void Environment::run(const project::FileTree& files, const EnvironmentSettings& settings,
                      const EngineRunner& runner) {
    settings_ = settings;
    files_ = &files;
    runner_ = &runner;
    struct Forget {
        const EngineRunner*& r;
        ~Forget() { r = nullptr; }
    } forget{runner_};
    // The command on its own database, as Flask-Migrate's env.py would run it.
    auto run_default = [&] {
        EngineRun engine;
        engine.database = settings_.database;
        engine.url = settings_.url;
        ran_ = true;
        runner(engine);
    };
    const std::string path = project::join_path(settings.migrations_dir, "env.py");
    auto log_context_once = [this] {
        if (logged_context_) return;
        logged_context_ = true;
        log_context(out_, settings_.offline);
    };
    std::string text;
    try {
        if (!files.exists(path) || files.is_dir(path)) {
            log_context_once();
            run_default();
            return;
        }
        text = files.read(path);
    } catch (const Error&) {
        log_context_once();
        run_default();
        return;
    }

    py::Interp& I = scripts_.interp();
    I.add_native_module("_revlab_env", [this](py::Interp& in, py::ModuleObj& m) {
        py::Ref<py::DictObj> s = in.dict();
        s->set(in, "ini", in.str(files_->display_path(project::join_path(settings_.migrations_dir, "alembic.ini"))));
        s->set(in, "script_location", in.str(files_->display_path(settings_.migrations_dir)));
        s->set(in, "autogenerate", py::Value::boolean(settings_.autogenerate));
        s->set(in, "offline", py::Value::boolean(settings_.offline));
        s->set(in, "url", in.str(settings_.url));
        s->set(in, "x", settings_.x_args ? strings(in, *settings_.x_args) : py::Value());
        py::Value settings_value(s);
        m.dict->set(in, "_settings", settings_value);
        m.dict->set(in, "settings", in.builtin("settings", [](py::Interp& i2, const py::Value&, py::CallArgs&,
                                                               const py::Value& data) -> py::Value {
            (void)i2;
            return data;
        }, py::Value(), settings_value));
        py::Ref<py::ClassObj> cls = in.heap.make<py::ClassObj>("EnvironmentHandle");
        cls->mro = {cls.get(), in.t.object.get()};
        cls->bases = {in.t.object};
        cls->metaclass = in.t.type;
        cls->is_native = true;
        // Each configure() makes a MigrationContext, which logs its two lines (once per bind in --multidb).
        auto log_context_each = [this] {
            logged_context_ = true;
            log_context(out_, settings_.offline);
        };
        py::Value handle(in.heap.make<EnvHandle>(cls, log_context_each,
                                                 [this](py::Interp& i2, py::CallArgs& a) { run_engine(i2, a); }));
        m.dict->set(in, "configured", in.builtin("configured", env_configured, py::Value(), handle));
        m.dict->set(in, "run_migrations", in.builtin("run_migrations", env_run, py::Value(), handle));
    });
    try {
        scripts_.guarded_on(settings_.database,
                            [&](py::Interp& in) { in.run_module("env_py", path, text, false); });
    } catch (const Error& e) {
        // A step (or the command's own work) failed inside run_migrations(): that is the command's
        // failure, whatever env.py then did with the exception.
        if (run_failure_) throw Error(*run_failure_);
        // env.py failed after the command's work ran: the steps are done; say where it stopped.
        if (ran_) throw;
        options_ = {};
        warn(e.where() ? e.where()->str() : path,
             "env.py stopped with " + e.message() +
                 ". This command goes on as under Flask-Migrate's own env.py; change env.py if that is not what "
                 "you meant.");
        default_logging();
        log_context_once();
        run_default();
        return;
    }
    if (run_failure_) throw Error(*run_failure_); // env.py swallowed the exception
    if (ran_) return;
    if (!read_options(path)) default_logging();
    log_context_once();
    run_default();
}

void Environment::run_engine(py::Interp& I, py::CallArgs& args) {
    const std::string path = project::join_path(settings_.migrations_dir, "env.py");
    if (runner_ == nullptr) I.raise("RuntimeError", "context.run_migrations() ran outside a command");
    if (run_failure_) I.raise("RuntimeError", run_failure_->message()); // the command already failed
    if (!read_options(path)) I.raise("AssertionError", "context.configure() must be called before run_migrations()");
    EngineRun engine;
    engine.upgrade_token = options_.upgrade_token;
    engine.downgrade_token = options_.downgrade_token;
    // args: the URL configure() connected to (None: not known), and run_migrations()'s keywords.
    const py::Value url = args.pos.size() > 0 ? args.pos[0] : py::Value();
    engine.url = url.is_none() ? settings_.url : I.to_str(url);
    if (args.pos.size() > 1) {
        for (const py::Value& key : I.to_vector(args.pos[1])) {
            const py::Value value = I.getitem(args.pos[1], key);
            if (value.get<py::StrObj>() == nullptr)
                I.type_error("Revlab passes only str keyword arguments of context.run_migrations() on to the "
                             "revision functions; " + I.to_str(key) + " is " + I.type_name(value));
            engine.kwargs.emplace_back(I.to_str(key), I.to_str(value));
        }
    }
    engine.database = settings_.database;
    if (!settings_.offline && engine.url != settings_.url) {
        sqlite::Database* bind = settings_.open_bind ? settings_.open_bind(engine.url) : nullptr;
        if (bind != nullptr) engine.database = bind;
        else if (!settings_.binds.empty())
            I.raise("RuntimeError", "env.py connected to " + engine.url +
                                        ", which is neither the command's database nor one of SQLALCHEMY_BINDS");
    }
    ran_ = true;
    try {
        (*runner_)(engine);
    } catch (const Error& e) {
        run_failure_ = e;
        I.raise("RuntimeError", e.message());
    }
}

// What Flask-Migrate's own env.py does first: fileConfig(config.config_file_name), so that what the
// scripts log has Alembic's format. A file logging.config refuses leaves Python's defaults.
void Environment::default_logging() {
    const std::string ini = project::join_path(settings_.migrations_dir, "alembic.ini");
    if (files_ == nullptr || !files_->exists(ini)) return;
    try {
        scripts_.guarded([&](py::Interp& I) {
            py::Ref<py::ModuleObj> config = I.import_module("logging.config");
            I.call(I.getattr(py::Value(config), "fileConfig"), {I.str(ini)});
        });
    } catch (const Error&) {
    }
}

bool Environment::read_options(const std::string& env_path) {
    py::Interp& I = scripts_.interp();
    options_ = {};
    auto found = I.modules.find("alembic.context");
    const py::Value* state = found == I.modules.end() ? nullptr : found->second->dict->find("_revlab_state");
    const py::DictObj* st = state ? state->get<py::DictObj>() : nullptr;
    const py::Value* configure = st ? item(*st, "configure") : nullptr;
    if (configure == nullptr || configure->is_none()) {
        warn(env_path, "env.py never called context.configure(). This command goes on as under Flask-Migrate's "
                       "own env.py.");
        return false;
    }
    std::string where = env_path;
    if (const py::Value* w = item(*st, "where"); w && !w->is_none()) {
        const std::vector<py::Value> parts = I.to_vector(*w);
        if (parts.size() == 2) where = I.host.project_path(I.to_str(parts[0])) + ":" + I.to_str(parts[1]);
    }
    if (const py::Value* ran = item(*st, "ran"); !ran || !I.truthy(*ran))
        warn(where, "env.py configured the context but never called context.run_migrations(). Revlab runs the "
                    "command's steps anyway, as Flask-Migrate's own env.py would.");
    const py::DictObj* given = configure->get<py::DictObj>();
    if (given == nullptr) return false;
    for (const py::Value& key : I.to_vector(*configure)) {
        const std::string name = I.to_str(key);
        const py::Value value = I.getitem(*configure, key);
        auto flag = [&](const char* what) {
            if (value.is_bool() || value.is_none() || value.is_int()) return I.truthy(value);
            warn(where, std::string("Revlab does not call a ") + what + " function yet; it compares as " + what +
                            "=True does.");
            return true;
        };
        if (name == "render_as_batch") options_.render_as_batch = I.truthy(value);
        else if (name == "compare_type") options_.compare_type = flag("compare_type");
        else if (name == "compare_server_default") options_.compare_server_default = flag("compare_server_default");
        else if (name == "target_metadata") options_.has_target_metadata = !value.is_none();
        else if (name == "process_revision_directives") options_.directives_hook = !value.is_none();
        else if (name == "include_name") options_.include_name = !value.is_none();
        else if (name == "include_object") options_.include_object = !value.is_none();
        else if (name == "version_table" && value.get<py::StrObj>() != nullptr) options_.version_table = I.to_str(value);
        else if (name == "upgrade_token" && value.get<py::StrObj>() != nullptr) options_.upgrade_token = I.to_str(value);
        else if (name == "downgrade_token" && value.get<py::StrObj>() != nullptr)
            options_.downgrade_token = I.to_str(value);
        else if (!kAccepted.contains(name)) {
            warn(where, "context.configure(" + name + "=...) is not applied by Revlab yet; the command goes on "
                        "without it.");
        }
    }
    from_env_ = true;
    return true;
}

std::optional<Environment::Revision> Environment::revise(Revision revision, const std::vector<std::string>& heads) {
    if (!options_.directives_hook) return revision;
    std::optional<Revision> result;
    scripts_.guarded([&](py::Interp& I) {
        py::Ref<py::ModuleObj> ops = I.import_module("alembic.operations.ops");
        py::Ref<py::ModuleObj> context = I.import_module("alembic.context");
        auto opt = [&](const std::optional<std::string>& s) { return s ? I.str(*s) : py::Value(); };
        std::vector<py::Value> ops_list;
        for (const auto& o : revision.ops)
            ops_list.push_back(I.tuple({I.str(o.upgrade_token), I.str(o.downgrade_token), strings(I, o.upgrades),
                                        strings(I, o.downgrades)}));
        py::Value directives =
            I.call(I.getattr(py::Value(ops), "_revlab_directives"),
                   {I.str(revision.rev_id), opt(revision.message), I.str(revision.head),
                    py::Value::boolean(revision.splice), opt(revision.branch_label), I.list(std::move(ops_list))});
        const py::Value state = I.getattr(py::Value(context), "_revlab_state");
        const py::Value hook = I.getitem(I.getitem(state, I.str("configure")), I.str("process_revision_directives"));
        std::vector<py::Value> head_values;
        for (const auto& h : heads) head_values.push_back(I.str(h));
        const py::Value migration_context = I.call(I.getattr(py::Value(context), "get_context"), py::CallArgs{});
        I.call(hook, {migration_context, I.tuple(std::move(head_values)), directives});
        if (I.len(directives) == 0) return;
        const py::Value script = I.getitem(directives, py::Value::integer(0));
        revision.rev_id = I.to_str(I.getattr(script, "rev_id"));
        const py::Value message = I.getattr(script, "message");
        revision.message = message.is_none() ? std::nullopt : std::optional<std::string>(I.to_str(message));
        result = std::move(revision);
    });
    return result;
}

bool Environment::include(bool object_hook, const std::string& type, const std::string& name,
                          const std::string& table, bool reflected, bool has_compare_to) {
    if (!(object_hook ? options_.include_object : options_.include_name)) return true;
    bool keep = true;
    scripts_.guarded([&](py::Interp& I) {
        py::Ref<py::ModuleObj> context = I.import_module("alembic.context");
        const char* fn = object_hook ? "_revlab_include_object" : "_revlab_include_name";
        py::Value result =
            object_hook ? I.call(I.getattr(py::Value(context), fn),
                                 {I.str(type), I.str(name), I.str(table), py::Value::boolean(reflected),
                                  py::Value::boolean(has_compare_to)})
                        : I.call(I.getattr(py::Value(context), fn), {I.str(type), I.str(name), I.str(table)});
        keep = I.truthy(result);
    });
    return keep;
}

} // namespace revlab::runtime
