#include "runtime/migration.hpp"

#include "operations/move_and_copy.hpp"
#include "operations/script_runner.hpp"
#include "runtime/version_table.hpp"

namespace revlab::runtime {

void log_context(Output& out, bool offline) {
    out.info("alembic.runtime.migration", "Context impl SQLiteImpl.");
    if (offline) out.info("alembic.runtime.migration", "Generating static SQL");
    out.info("alembic.runtime.migration", "Will assume non-transactional DDL.");
}

void run_revision_function(operations::Executor& ex, const script::Revision& rev, bool upgrade,
                           operations::ScriptHost& scripts,
                           const std::vector<std::pair<std::string, std::string>>& kwargs) {
    const py::Stmt* fn = upgrade ? rev.body->upgrade() : rev.body->downgrade();
    if (!fn)
        throw Error(SourceLocation{rev.file, 1, 1},
                    "revision " + rev.id + " has no " + (upgrade ? "upgrade" : "downgrade") + "() function");
    scripts.run(ex, rev.body->shared_module(), upgrade ? "upgrade" : "downgrade", kwargs);
}

namespace {

// The name Alembic's log gives a step: a revision's function's __name__.
std::string function_of(const MigrationStep& step, operations::ScriptHost& scripts) {
    if (step.kind != MigrationStep::Kind::Revision || !step.revision->body) return {};
    return scripts.function_name(step.revision->body->shared_module(), step.is_upgrade ? "upgrade" : "downgrade");
}

// Text written by a script, cut into lines for Output (a print(..., end="") waits for the rest).
class LineBuffer {
public:
    LineBuffer(Output& out, bool to_stderr) : out_(out), err_(to_stderr) {}
    ~LineBuffer() {
        if (!pending_.empty()) emit(pending_);
    }
    void write(std::string_view text) {
        pending_.append(text);
        for (std::size_t nl; (nl = pending_.find('\n')) != std::string::npos;) {
            emit(pending_.substr(0, nl));
            pending_.erase(0, nl + 1);
        }
    }

private:
    void emit(const std::string& line) {
        if (err_) out_.err(line);
        else out_.out(line);
    }
    Output& out_;
    bool err_;
    std::string pending_;
};

} // namespace

std::unique_ptr<operations::ScriptHost> script_host(Output& out, const RunOptions& options) {
    auto stdout_lines = std::make_shared<LineBuffer>(out, false);
    auto stderr_lines = std::make_shared<LineBuffer>(out, true);
    auto host = std::make_unique<operations::ScriptHost>(
        options.files, [stdout_lines](std::string_view s) { stdout_lines->write(s); },
        [stderr_lines](std::string_view s) { stderr_lines->write(s); }, options.module_trees);
    if (options.script_steps > 0) host->set_step_budget(options.script_steps);
    host->set_logging_config(options.logging_config);
    return host;
}

namespace {

void flush_warnings(operations::Executor& ex, Output& out) {
    for (auto& line : ex.take_stderr()) out.err(std::move(line));
    for (const auto& w : ex.take_warnings()) out.log("WARNING", "revlab.safety", w);
}

std::string heads_text(const std::vector<std::string>& heads) {
    return heads.empty() ? "<base>" : script::format_as_comma(heads);
}

// A failed step, reworded for the user: which step, where in which file, what SQLite said, and
// what state the database is left in.
// `whole_command`: SQLite itself rolled back the command's transaction (see Savepoint::rollback),
// so the steps before this one are undone too.
Error step_failed(const MigrationStep& step, const Error& e, const std::vector<std::string>& heads, bool offline,
                  bool whole_command = false) {
    std::string where = e.where() ? " at " + e.where()->str() : "";
    std::string msg = "Running " + step.log() + " failed" + where + ": " + e.message();
    if (whole_command)
        msg += "\nSQLite rolled back the whole command; the database is unchanged and stays at " + heads_text(heads) + ".";
    else if (!offline)
        msg += "\nThe step was rolled back; the database is unchanged by it and stays at " + heads_text(heads) + ".";
    return Error(msg);
}

// Offline runs start from a revision: build that revision's schema in the shadow database first.
void replay_to(sqlite::Database& shadow, const script::RevisionMap& map, const std::vector<std::string>& heads,
               operations::ScriptHost& scripts, const RunOptions& options) {
    if (heads.empty()) return;
    operations::Executor ex(shadow);
    auto revs = map.iterate_revisions(script::RevArg{heads}, script::RevArg{}, true, false, true, false);
    for (auto it = revs.rbegin(); it != revs.rend(); ++it) run_revision_function(ex, **it, true, scripts, options.function_kwargs);
}

std::vector<std::string> run_offline(Output& out, const MapSource& map_source, const StepPlanner& plan,
                                     const RunOptions& options) {
    const script::RevisionMap& map = map_source();
    sqlite::Database shadow(":memory:");
    shadow.set_step_budget(options.sql_steps);
    // What the replay prints is not part of this command's output.
    Output replay_output;
    std::unique_ptr<operations::ScriptHost> replay_scripts = script_host(replay_output, options);
    replay_to(shadow, map, options.starting_heads, *replay_scripts, options);
    std::unique_ptr<operations::ScriptHost> own_scripts = options.scripts ? nullptr : script_host(out, options);
    operations::ScriptHost* scripts = options.scripts ? options.scripts : own_scripts.get();
    operations::Executor ex(shadow, [&out](const std::string& text) {
        // One statement may span lines; each becomes a stdout line (the blank line after it too).
        size_t start = 0;
        std::string t = text;
        if (!t.empty() && t.back() == '\n') t.pop_back();
        while (true) {
            size_t nl = t.find('\n', start);
            out.out(t.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
            if (nl == std::string::npos) break;
            start = nl + 1;
        }
    });
    HeadMaintainer heads(ex, map, options.starting_heads, options.version_table);
    for (const MigrationStep& step : plan(options.starting_heads)) {
        if (heads.empty()) create_version_table(ex, options.version_table);
        const std::string function = function_of(step, *scripts);
        out.info("alembic.runtime.migration", "Running " + step.log(function));
        ex.comment("-- Running " + step.short_log(function));
        try {
            if (step.kind == MigrationStep::Kind::Revision) run_revision_function(ex, *step.revision, step.is_upgrade, *scripts, options.function_kwargs);
        } catch (const Error& e) {
            throw step_failed(step, e, heads.heads(), true);
        }
        flush_warnings(ex, out);
        heads.update_to_step(step);
    }
    if (heads.empty()) drop_version_table(ex, options.version_table);
    return heads.heads();
}

} // namespace

std::vector<std::string> run_migrations(sqlite::Database* db_ptr, Output& out, const MapSource& map,
                                        const StepPlanner& plan, const RunOptions& options) {
    if (options.offline) return run_offline(out, map, plan, options);
    if (!db_ptr) throw Error("no database to migrate");
    sqlite::Database& db = *db_ptr;

    operations::Executor ex(db);
    // Batch rebuilds need foreign keys off, and SQLite only lets them change outside a
    // transaction: off for the whole command, back on after it (see move_and_copy.hpp).
    operations::ForeignKeysOff foreign_keys_off(db);
    sqlite::Transaction tx(db);
    std::vector<std::string> current;
    if (options.purge) {
        if (!has_version_table(db, options.version_table)) create_version_table(ex, options.version_table);
        ex.execute("DELETE FROM " + sqlite::quote_identifier(options.version_table));
    } else {
        current = read_heads(db, options.version_table);
        if (current.empty() && !options.dont_mutate && !has_version_table(db, options.version_table))
            create_version_table(ex, options.version_table);
    }

    std::vector<MigrationStep> steps;
    try {
        steps = plan(current);
    } catch (...) {
        tx.commit(); // what Alembic had done by then (creating alembic_version) stays done
        throw;
    }

    if (steps.empty()) { // (the planner may not even have needed the map: current, show current)
        tx.commit();
        return current;
    }
    HeadMaintainer heads(ex, map(), current, options.version_table);
    std::unique_ptr<operations::ScriptHost> own_scripts = options.scripts ? nullptr : script_host(out, options);
    operations::ScriptHost* scripts = options.scripts ? options.scripts : own_scripts.get();
    for (size_t i = 0; i < steps.size(); ++i) {
        const MigrationStep& step = steps[i];
        out.info("alembic.runtime.migration", "Running " + step.log(function_of(step, *scripts)));
        sqlite::Savepoint sp(db, "revlab_step");
        try {
            if (step.kind == MigrationStep::Kind::Revision)
                run_revision_function(ex, *step.revision, step.is_upgrade, *scripts, options.function_kwargs);
            flush_warnings(ex, out);
            heads.update_to_step(step);
            sp.commit();
        } catch (const Error& e) {
            flush_warnings(ex, out);
            sp.rollback();
            if (!db.in_transaction()) throw step_failed(step, e, read_heads(db, options.version_table), false, true);
            // The savepoint put alembic_version back as it was before the step (a copy of the heads
            // taken before every step made a long run quadratic).
            const auto before = read_heads(db, options.version_table);
            tx.commit();
            throw step_failed(step, e, before, false);
        }
    }
    tx.commit();
    return heads.heads();
}

} // namespace revlab::runtime
