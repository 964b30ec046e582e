// revlab: the native CLI. `revlab db <verb> [flags]` runs in a Flask project folder (app/models.py,
// migrations/, app.db) and does what `flask db <verb>` does there, with Flask-Migrate's output
// and exit codes, against the real database file.
//
//   revlab [--database PATH] [--models PATH] db <verb> [flags]
#include "command/context.hpp"
#include "command/dispatch.hpp"
#include "operations/sa_inspector.hpp"
#include "project/file_tree.hpp"
#include "py/run_main.hpp"
#include "sa/bind.hpp"
#include "terminal.hpp"

#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <iostream>
#include <string>
#include <vector>

#include <unistd.h>

namespace {

constexpr const char* kUsage =
    "Usage: revlab [--database PATH] [--models PATH] db <verb> [flags]\n"
    "       revlab [--database PATH] [--models PATH] app start\n"
    "       revlab python [--steps N] FILE.py\n"
    "\n"
    "Runs Flask-Migrate's `flask db <verb>` in the current folder, a Flask project with app/models.py,\n"
    "migrations/ and app.db, without Python. Verbs: init, revision, migrate, upgrade, downgrade, stamp,\n"
    "current, history, heads, branches, show, merge, check. `revlab db <verb> --help` describes each.\n"
    "\n"
    "  --database PATH  the SQLite database (default: app.db)\n"
    "  --models PATH    the models file (default: app/models.py)\n"
    "  --sql-steps N    how many steps one SQL statement may run before it is stopped\n"
    "                   (default: 1,000,000,000, about 15 seconds)\n";

// The CLI meets real databases, where one statement may rewrite ten million rows (150 million
// steps); the page's default (sqlite/sandbox.hpp) would stop that. An endless one still ends.
constexpr std::uint64_t kCliStepBudget = 10 * revlab::sqlite::kDefaultStepBudget;

// Lines go out as they are, except to a terminal, where escape sequences from the project's data
// (a docstring, an id) are shown, not obeyed (terminal.hpp).
void write(const revlab::Output& out) {
    const bool tty[2] = {::isatty(STDOUT_FILENO) != 0, ::isatty(STDERR_FILENO) != 0};
    for (const auto& line : out.lines()) {
        const bool to_stdout = line.stream == revlab::OutputLine::Stream::Stdout;
        auto* stream = to_stdout ? stdout : stderr;
        const std::string text = tty[to_stdout ? 0 : 1] ? revlab::terminal_safe(line.text) : line.text;
        std::fwrite(text.data(), 1, text.size(), stream);
        std::fputc('\n', stream);
        std::fflush(stream);
    }
}

// `revlab python FILE.py`: the file run by Revlab's sandboxed interpreter, as `python FILE.py`
// would run it; imports resolve in the current folder.
int run_python(std::vector<std::string> rest) {
    revlab::py::Limits limits;
    // --steps N: the sandbox's step budget (the hostile-program tests use a small one)
    if (rest.size() == 4 && rest[1] == "--steps") {
        limits.steps = std::stoull(rest[2]);
        rest.erase(rest.begin() + 1, rest.begin() + 3);
    }
    if (rest.size() != 2) {
        std::cerr << "Usage: revlab python [--steps N] FILE.py\n";
        return 2;
    }
    // The script's folder is the project root (Python puts it first on sys.path).
    std::string script = rest[1], root = ".";
    if (!script.empty() && script[0] == '/') {
        const std::size_t slash = script.rfind('/');
        root = slash == 0 ? "/" : script.substr(0, slash);
        script = script.substr(slash + 1);
    }
    rest[1] = script;
    revlab::project::DiskFileTree files(root);
    std::string text;
    try {
        text = files.read(rest[1]);
    } catch (const std::exception& e) {
        std::cerr << "Error: " << e.what() << "\n";
        return 1;
    }
    revlab::py::Host host;
    host.out = [](std::string_view s) { std::fwrite(s.data(), 1, s.size(), stdout); };
    host.err = [](std::string_view s) {
        std::fflush(stdout);
        std::fwrite(s.data(), 1, s.size(), stderr);
    };
    host.read_file = [&files](const std::string& path) -> std::optional<std::string> {
        try {
            if (!files.exists(path)) return std::nullopt;
            return files.read(path);
        } catch (const std::exception&) {
            return std::nullopt;
        }
    };
    const std::string dir = rest[1].find('/') == std::string::npos ? "" : rest[1].substr(0, rest[1].rfind('/'));
    host.search_path = {dir};
    // create_engine("sqlite:///app.db") opens a database of this folder (or "sqlite://" one in memory).
    auto bind = std::make_shared<revlab::sa::Bind>();
    std::unique_ptr<revlab::sqlite::Database> owned;
    bind->open = [&owned, &files](const std::string& url) -> revlab::sqlite::Database* {
        std::string path;
        if (url == "sqlite://" || url == "sqlite:///:memory:") path = ":memory:";
        else if (url.rfind("sqlite:///", 0) == 0) path = files.root() + "/" + revlab::project::normalize_path(url.substr(10));
        else throw revlab::Error("revlab python opens SQLite databases only (sqlite:///relative/path.db), not " + url);
        owned = std::make_unique<revlab::sqlite::Database>(path);
        return owned.get();
    };
    // PYTHONWARNINGS, as the interpreter applies it before the program runs (the conformance suites
    // run Python and Revlab with PYTHONWARNINGS=ignore).
    const char* warning_options = std::getenv("PYTHONWARNINGS");
    const std::string warnings_env = warning_options != nullptr ? warning_options : "";
    int rc = revlab::py::run_main(
        rest[1], std::move(text), std::move(host), limits, [&bind, &warnings_env](revlab::py::Interp& I) {
            revlab::sa::install(I, bind, revlab::operations::schema_inspector());
            if (warnings_env.empty()) return;
            std::vector<revlab::py::Value> options;
            std::size_t start = 0;
            while (start <= warnings_env.size()) {
                std::size_t comma = warnings_env.find(',', start);
                if (comma == std::string::npos) comma = warnings_env.size();
                if (comma > start) options.push_back(I.str(warnings_env.substr(start, comma - start)));
                start = comma + 1;
            }
            revlab::py::Ref<revlab::py::ModuleObj> w = I.import_module("warnings");
            I.call(I.getattr(revlab::py::Value(w), "_processoptions"), {I.list(std::move(options))});
        });
    std::fflush(stdout);
    return rc;
}

// The databases of SQLALCHEMY_BINDS (command/binds.hpp): <key>.db beside the command's database,
// as a Flask app's config would name them (sqlite:///logs.db next to sqlite:///app.db).
std::shared_ptr<revlab::command::BindDatabases> bind_files(const std::string& database, std::uint64_t step_budget) {
    const std::filesystem::path folder = std::filesystem::path(database).parent_path();
    return std::make_shared<revlab::command::BindDatabases>([folder, step_budget](const std::string& key) {
        auto db = std::make_unique<revlab::command::FileDatabase>((folder / (key + ".db")).string());
        db->set_step_budget(step_budget);
        return std::unique_ptr<revlab::command::DatabaseSource>(std::move(db));
    });
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    std::string database = "app.db";
    std::string models = "app/models.py";
    std::string sql_steps;
    std::vector<std::string> rest;
    for (size_t i = 0; i < args.size(); ++i) {
        auto take = [&](const std::string& name, std::string& into) {
            if (args[i] == name) {
                if (i + 1 >= args.size()) {
                    std::cerr << "Error: Option '" << name << "' requires an argument.\n";
                    std::exit(2);
                }
                into = args[++i];
                return true;
            }
            if (args[i].rfind(name + "=", 0) == 0) {
                into = args[i].substr(name.size() + 1);
                return true;
            }
            return false;
        };
        if (take("--database", database) || take("--models", models) || take("--sql-steps", sql_steps)) continue;
        rest.push_back(args[i]);
    }
    std::uint64_t step_budget = kCliStepBudget;
    if (!sql_steps.empty()) {
        auto [end, ec] = std::from_chars(sql_steps.data(), sql_steps.data() + sql_steps.size(), step_budget);
        if (ec != std::errc() || end != sql_steps.data() + sql_steps.size() || step_budget == 0) {
            std::cerr << "Error: Invalid value for '--sql-steps': '" << sql_steps << "' is not a whole number above 0.\n";
            return 2;
        }
    }
    if (rest.empty() || rest[0] == "--help" || rest[0] == "-h") {
        std::cout << kUsage;
        return rest.empty() ? 2 : 0;
    }
    if (rest[0] == "--version") {
        std::cout << "revlab 0.1.0 (Flask-Migrate 4.0.4 / Alembic 1.8.1 semantics)\n";
        return 0;
    }
    if (rest[0] == "app" && rest.size() == 2 && rest[1] == "start") {
        revlab::project::DiskFileTree files(".");
        revlab::command::FileDatabase db(database);
        db.set_step_budget(step_budget);
        revlab::command::Context ctx{files, db};
        ctx.models_path = models;
        ctx.binds = bind_files(database, step_budget);
        revlab::Output out;
        int rc = revlab::command::run_app_start(ctx, out);
        write(out);
        return rc;
    }
    if (rest[0] == "python") return run_python(rest);
    if (rest[0] != "db") {
        std::cerr << "Error: unknown command '" << rest[0] << "'; try `revlab db --help`\n";
        return 2;
    }
    try {
        revlab::project::DiskFileTree files(".");
        revlab::command::FileDatabase db(database);
        db.set_step_budget(step_budget);
        revlab::command::Context ctx{files, db};
        ctx.models_path = models;
        ctx.binds = bind_files(database, step_budget);
        revlab::Output out;
        int rc = revlab::command::run_flask_db(ctx, std::vector<std::string>(rest.begin() + 1, rest.end()), out);
        write(out);
        return rc;
    } catch (const std::exception& e) {
        const std::string what = e.what();
        std::cerr << "Error: " << (::isatty(STDERR_FILENO) ? revlab::terminal_safe(what) : what) << "\n";
        return 1;
    }
}
