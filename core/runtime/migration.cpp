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

void run_revision_function(operations::Executor& ex, const script::Revision& rev, bool upgrade) {
    const py::Stmt* fn = upgrade ? rev.body->upgrade() : rev.body->downgrade();
    if (!fn)
        throw Error(SourceLocation{rev.file, 1, 1},
                    "revision " + rev.id + " has no " + (upgrade ? "upgrade" : "downgrade") + "() function");
    operations::ScriptRunner runner(ex);
    runner.run(rev.body->module(), *fn);
}

namespace {

void flush_warnings(operations::Executor& ex, Output& out) {
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
void replay_to(sqlite::Database& shadow, const script::RevisionMap& map, const std::vector<std::string>& heads) {
    if (heads.empty()) return;
    operations::Executor ex(shadow);
    auto revs = map.iterate_revisions(script::RevArg{heads}, script::RevArg{}, true, false, true, false);
    for (auto it = revs.rbegin(); it != revs.rend(); ++it) run_revision_function(ex, **it, true);
}

std::vector<std::string> run_offline(Output& out, const MapSource& map_source, const StepPlanner& plan,
                                     const RunOptions& options) {
    const script::RevisionMap& map = map_source();
    sqlite::Database shadow(":memory:");
    replay_to(shadow, map, options.starting_heads);
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
    HeadMaintainer heads(ex, map, options.starting_heads);
    for (const MigrationStep& step : plan(options.starting_heads)) {
        if (heads.empty()) create_version_table(ex);
        out.info("alembic.runtime.migration", "Running " + step.log());
        ex.comment("-- Running " + step.short_log());
        try {
            if (step.kind == MigrationStep::Kind::Revision) run_revision_function(ex, *step.revision, step.is_upgrade);
        } catch (const Error& e) {
            throw step_failed(step, e, heads.heads(), true);
        }
        flush_warnings(ex, out);
        heads.update_to_step(step);
    }
    if (heads.empty()) drop_version_table(ex);
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
        if (!has_version_table(db)) create_version_table(ex);
        ex.execute("DELETE FROM alembic_version");
    } else {
        current = read_heads(db);
        if (current.empty() && !options.dont_mutate && !has_version_table(db)) create_version_table(ex);
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
    HeadMaintainer heads(ex, map(), current);
    for (size_t i = 0; i < steps.size(); ++i) {
        const MigrationStep& step = steps[i];
        out.info("alembic.runtime.migration", "Running " + step.log());
        sqlite::Savepoint sp(db, "revlab_step");
        try {
            if (step.kind == MigrationStep::Kind::Revision) run_revision_function(ex, *step.revision, step.is_upgrade);
            flush_warnings(ex, out);
            heads.update_to_step(step);
            sp.commit();
        } catch (const Error& e) {
            flush_warnings(ex, out);
            sp.rollback();
            if (!db.in_transaction()) throw step_failed(step, e, read_heads(db), false, true);
            // The savepoint put alembic_version back as it was before the step (a copy of the heads
            // taken before every step made a long run quadratic).
            const auto before = read_heads(db);
            tx.commit();
            throw step_failed(step, e, before, false);
        }
    }
    tx.commit();
    return heads.heads();
}

} // namespace revlab::runtime
