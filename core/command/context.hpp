// Everything a command works on: the project's files, its database, and the few settings
// Flask-Migrate takes from the environment (the migrations folder). Clock and id generator are
// injected so tests and the browser can make runs repeatable.
#pragma once

#include "project/file_tree.hpp"
#include "py/runtime/module_trees.hpp"
#include "sqlite/database.hpp"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace revlab::command {

// Where the project's database lives: a file (the CLI) or memory (the browser).
class DatabaseSource {
public:
    virtual ~DatabaseSource() = default;
    virtual sqlite::Database& open() = 0;   // creates an empty database when there is none
    virtual bool exists() const = 0;         // does app.db exist?
    virtual void remove() = 0;               // `rm app.db`
    virtual std::string url() const = 0;     // sqlite:////abs/path/app.db, as SQLAlchemy prints it

    // How many steps one SQL statement may run (sqlite/sandbox.hpp), now and on later connections.
    void set_step_budget(std::uint64_t steps);
    std::uint64_t step_budget() const { return step_budget_; }

protected:
    // The connection when one is open (else nullptr), to apply settings to.
    virtual sqlite::Database* connection() = 0;
    // A new connection gets the settings.
    void configure(sqlite::Database& db) const { db.set_step_budget(step_budget_); }

private:
    std::uint64_t step_budget_ = sqlite::kDefaultStepBudget;
};

class FileDatabase : public DatabaseSource {
public:
    explicit FileDatabase(std::string path);
    sqlite::Database& open() override;
    bool exists() const override;
    void remove() override;
    std::string url() const override;

private:
    sqlite::Database* connection() override { return db_.get(); }
    std::string path_;
    std::unique_ptr<sqlite::Database> db_;
};

class MemoryDatabase : public DatabaseSource {
public:
    explicit MemoryDatabase(std::string display_path) : display_path_(std::move(display_path)) {}
    sqlite::Database& open() override;
    bool exists() const override { return static_cast<bool>(db_); }
    void remove() override { db_.reset(); }
    std::string url() const override { return "sqlite:///" + display_path_; }
    // The database's bytes (empty when it does not exist), and back: snapshots, persistence.
    std::string bytes();
    void restore(const std::string& bytes);

    // The largest string or blob a statement may make: in the browser a value near SQLite's own
    // limit (1 GB, e.g. zeroblob(1e9)) would take the page's memory; past this, SQLite says
    // "string or blob too big".
    static constexpr int kMaxValueBytes = 64 << 20;

private:
    sqlite::Database* connection() override { return db_.get(); }
    std::unique_ptr<sqlite::Database> connect() const;
    std::string display_path_;
    std::unique_ptr<sqlite::Database> db_;
};

// The databases of SQLALCHEMY_BINDS (`flask db init --multidb`), one per bind key, made by the
// host's factory on first use (a file beside app.db in the CLI, memory in the page) and kept for
// the project's later commands.
class BindDatabases {
public:
    using Factory = std::function<std::unique_ptr<DatabaseSource>(const std::string& key)>;
    explicit BindDatabases(Factory make) : make_(std::move(make)) {}
    DatabaseSource& get(const std::string& key);
    DatabaseSource* find(const std::string& key) const;
    // Every bind database made so far, by key.
    const std::map<std::string, std::unique_ptr<DatabaseSource>>& all() const { return databases_; }

private:
    Factory make_;
    std::map<std::string, std::unique_ptr<DatabaseSource>> databases_;
};

struct Context {
    Context(project::FileTree& f, DatabaseSource& d) : files(f), database(d) {}

    project::FileTree& files;
    DatabaseSource& database;
    std::string migrations_dir = "migrations"; // -d/--directory
    std::string models_path = "app/models.py";
    // The step budget of the Python a command runs (revision scripts); 0 for the interpreter's default.
    std::uint64_t script_steps = 0;
    // Compiled built-in Python modules (sqlalchemy's emulation, ...), parsed once per project
    // rather than once per command (py/runtime/module_trees.hpp). Copies of the context share it.
    std::shared_ptr<py::ModuleTrees> module_trees = std::make_shared<py::ModuleTrees>();
    // The version table the project's env.py named when a command last ran it (the page's graph
    // reads the current revisions there). Copies of the context share it.
    std::shared_ptr<std::string> version_table = std::make_shared<std::string>("alembic_version");
    // The bind databases (null: the project has one database; a bind key is then an error).
    std::shared_ptr<BindDatabases> binds;
    // Revision ids and dates for new revision files; tests replace them.
    std::function<std::string()> new_revision_id;
    std::function<std::string()> now; // "2026-11-24 18:37:05.025036"
};

// uuid4().hex[-12:] and datetime.now(), as Alembic makes them.
std::string random_revision_id();
std::string local_timestamp();

} // namespace revlab::command
