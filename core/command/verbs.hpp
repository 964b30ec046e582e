// The `flask db` verbs. Each follows Alembic's command.py for its semantics and Flask-Migrate's
// cli.py for its defaults, and prints what they print. `env_loaded` mirrors whether env.py has
// configured logging yet: before it, Flask-Migrate's errors print as a bare "Error: ..." line;
// after it, as "ERROR [flask_migrate] Error: ...".
#pragma once

#include "command/args.hpp"
#include "command/context.hpp"
#include "command/script_directory.hpp"
#include "output.hpp"
#include "runtime/environment.hpp"

#include <memory>

namespace revlab::command {

struct Invocation {
    Context& ctx;
    Output& out;
    const ParsedArgs& args;
    bool env_loaded = false;
    // The command's Python (one interpreter, as one Python process runs a command) and what env.py
    // configured in it; made by load_env.
    std::unique_ptr<operations::ScriptHost> scripts;
    std::unique_ptr<runtime::Environment> env;

    // env.py runs (runtime/environment.hpp): logging is configured, the context lines are logged,
    // its options take effect, and `runner` does the command's work in each of its
    // context.run_migrations() calls (once per database). `autogenerate`: `flask db migrate`.
    void load_env(bool offline, bool autogenerate = false, const runtime::EngineRunner& runner = {});
    // Prints text whose lines end in "\n" (Alembic's print_stdout adds one more).
    void print(const std::string& text);
};

void cmd_upgrade(Invocation& inv);
void cmd_downgrade(Invocation& inv);
void cmd_stamp(Invocation& inv);
void cmd_current(Invocation& inv);
void cmd_history(Invocation& inv);
void cmd_heads(Invocation& inv);
void cmd_branches(Invocation& inv);
void cmd_show(Invocation& inv);
void cmd_revision(Invocation& inv);
void cmd_merge(Invocation& inv);
void cmd_init(Invocation& inv);
void cmd_list_templates(Invocation& inv);
void cmd_edit(Invocation& inv);
void cmd_migrate(Invocation& inv); // verbs_autogenerate.cpp
void cmd_check(Invocation& inv);

// Alembic's ScriptDirectory._catch_revision_errors: rephrases revision-graph errors as the
// command that hit them would. Any text may use %(start)s / %(end)s / %(head_arg)s.
struct RevisionErrorTexts {
    std::string ancestor;
    std::string multiple_heads;
    std::string start, end;
    std::string resolution;
};
[[noreturn]] void rethrow_revision_error(const script::RevisionError& e, const RevisionErrorTexts& texts);

template <typename F>
auto catch_revision_errors(const RevisionErrorTexts& texts, F&& f) -> decltype(f()) {
    try {
        return f();
    } catch (const script::RevisionError& e) {
        rethrow_revision_error(e, texts);
    }
}

} // namespace revlab::command
