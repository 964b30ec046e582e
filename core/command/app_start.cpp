// Starting the app, as the guide's main.py does at start (自动应用迁移 / 首次运行): with a migration
// history, upgrade to head; with none, db.create_all() from app/models.py, which makes the tables
// but writes no alembic_version row. That second path is the classic pitfall: once migrations
// exist, the next `flask db upgrade` fails with "table ... already exists", and the remedy is
// `flask db stamp head`.
#include "command/dispatch.hpp"

#include "autogenerate/sort_tables.hpp"
#include "models/models.hpp"
#include "py/lexer.hpp"
#include "schema/ddl.hpp"

namespace revlab::command {

namespace {

bool has_migration_history(const Context& ctx) {
    std::string versions = project::normalize_path(ctx.migrations_dir) + "/versions";
    if (!ctx.files.is_dir(versions)) return false;
    for (const auto& name : ctx.files.list(versions))
        if (name.size() > 3 && name.compare(name.size() - 3, 3, ".py") == 0 && name.rfind("__init__", 0) != 0)
            return true;
    return false;
}

// db.create_all(): every table of the models that the database lacks, parents before children,
// with its indexes; existing tables are left alone (checkfirst).
std::vector<std::string> create_all(Context& ctx) {
    models::MetaData meta = models::load_models(ctx.files.read(ctx.models_path, py::kMaxSourceBytes), ctx.models_path);
    sqlite::Database& db = ctx.database.open();
    sqlite::Transaction tx(db);
    std::vector<std::string> created;
    for (const schema::Table* table : autogenerate::sorted_tables(meta.tables)) {
        if (db.table_exists(table->name)) continue;
        db.exec(schema::create_table_sql(*table));
        for (const auto& index : table->indexes) db.exec(schema::create_index_sql(index));
        created.push_back(table->name);
    }
    tx.commit();
    return created;
}

} // namespace

int run_app_start(Context& ctx, Output& out) {
    if (has_migration_history(ctx)) return run_flask_db(ctx, {"upgrade"}, out);
    try {
        auto created = create_all(ctx);
        std::string list;
        for (const auto& name : created) list += (list.empty() ? "" : ", ") + name;
        out.out("db.create_all(): " + (created.empty() ? std::string("every table already exists") : "created " + list) +
                " (no migration history, so no alembic_version row: once migrations exist, run `flask db stamp "
                "head` before upgrading)");
        return 0;
    } catch (const Error& e) {
        out.err("Error: " + std::string(e.what()));
        return 1;
    }
}

} // namespace revlab::command
