#include "api.hpp"

#include "command/binds.hpp"
#include "command/dispatch.hpp"
#include "command/hints.hpp"
#include "command/script_directory.hpp"
#include "project/examples.hpp"
#include "runtime/version_table.hpp"
#include "schema/reflect.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <new>

namespace revlab::wasm {

using nlohmann::json;

namespace {

std::string blob_text(std::size_t size) { return "<blob " + std::to_string(size) + " bytes>"; }

json value_json(const sqlite::Value& v) {
    if (std::holds_alternative<std::monostate>(v)) return nullptr;
    if (auto* i = std::get_if<std::int64_t>(&v)) return *i;
    if (auto* d = std::get_if<double>(&v)) return *d;
    if (auto* s = std::get_if<std::string>(&v)) return *s;
    return blob_text(std::get<sqlite::Blob>(v).bytes.size());
}

// A field of a request or of the options, checked: a wrong JSON type is a message that names the
// field and says what it should be, never nlohmann's "[json.exception.type_error.302] ...".
std::string wrong_type(const std::string& field, const std::string& should_be, const json& got) {
    return field + " must be " + should_be + ", not " + (got.is_null() ? std::string("null") : "a " + std::string(got.type_name()));
}

std::string required_string(const json& request, const char* key) {
    auto it = request.find(key);
    if (it == request.end() || !it->is_string()) throw Error(std::string("the request needs a string '") + key + "'");
    return it->get<std::string>();
}

// "sql_steps": how many steps one SQL statement may run (see API.md); nullopt when absent.
std::optional<std::uint64_t> step_budget(const json& object) {
    auto it = object.find("sql_steps");
    if (it == object.end()) return std::nullopt;
    if (!it->is_number_unsigned() || it->get<std::uint64_t>() == 0)
        throw Error(wrong_type("\"sql_steps\"", "a whole number of steps above 0", *it));
    return it->get<std::uint64_t>();
}

// A whole number field within [min, max], or `fallback` when absent.
std::int64_t whole_number(const json& request, const char* key, std::int64_t fallback, std::int64_t min, std::int64_t max) {
    auto it = request.find(key);
    if (it == request.end()) return fallback;
    if (!it->is_number_integer() || it->get<std::int64_t>() < min || it->get<std::int64_t>() > max)
        throw Error(wrong_type(std::string("\"") + key + "\"",
                               "a whole number from " + std::to_string(min) + " to " + std::to_string(max), *it));
    return it->get<std::int64_t>();
}

} // namespace

Workspace::Workspace() {
    // A bind's database lives in memory beside app.db, as /backend/<key>.db.
    ctx.binds = std::make_shared<command::BindDatabases>([this](const std::string& key) {
        auto db = std::make_unique<command::MemoryDatabase>("/backend/" + key + ".db");
        db->set_step_budget(database.step_budget());
        return std::unique_ptr<command::DatabaseSource>(std::move(db));
    });
}

std::vector<std::string> Workspace::bind_keys() {
    std::vector<std::string> keys = command::declared_bind_keys(ctx);
    for (const auto& [key, db] : ctx.binds->all())
        if (db->exists() && std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
    return keys;
}

command::MemoryDatabase& Workspace::source(const json& request) {
    auto it = request.find("database");
    if (it == request.end() || it->is_null() || (it->is_string() && it->get<std::string>().empty())) return database;
    if (!it->is_string()) throw Error(wrong_type("\"database\"", "a bind key (a string) or null", *it));
    const std::string key = it->get<std::string>();
    const std::vector<std::string> keys = bind_keys();
    if (std::find(keys.begin(), keys.end(), key) == keys.end())
        throw Error("no database '" + key + "': the models declare " +
                    (keys.empty() ? std::string("no __bind_key__") : "the binds " + [&] {
                        std::string list;
                        for (const auto& k : keys) list += (list.empty() ? "'" : ", '") + k + "'";
                        return list;
                    }()));
    return static_cast<command::MemoryDatabase&>(ctx.binds->get(key));
}

json error_reply(const std::string& message, const std::optional<SourceLocation>& where) {
    json reply = {{"ok", false}, {"error", message}};
    if (where) reply["where"] = {{"file", where->file()}, {"line", where->line}, {"column", where->column}};
    return reply;
}

namespace {

void load_options(Workspace& ws, const json& options) {
    if (!options.is_object())
        throw Error(wrong_type("the options", "an object such as {\"example\": \"visits\"}", options));
    if (auto files = options.find("files"); files != options.end()) {
        if (!files->is_object()) throw Error(wrong_type("\"files\"", "an object of path: content", *files));
        for (const auto& [path, content] : files->items()) {
            if (!content.is_string())
                throw Error(wrong_type("the content of '" + path + "' in \"files\"", "a string", content));
            ws.files.write(path, content.get<std::string>());
        }
        return;
    }
    std::string example = "visits";
    if (auto it = options.find("example"); it != options.end()) {
        if (it->is_null()) example.clear();
        else if (it->is_string()) example = it->get<std::string>();
        else throw Error(wrong_type("\"example\"", "the name of an example project or null", *it));
    }
    if (!example.empty()) project::load_example(example, ws.files);
}

// Every folder of a tree, recursively (empty ones too: `flask db init` made them).
void collect_dirs(const project::FileTree& files, const std::string& dir, std::vector<std::string>& out) {
    for (const auto& name : files.list(dir)) {
        std::string path = project::join_path(dir, name);
        if (!files.is_dir(path)) continue;
        out.push_back(path);
        collect_dirs(files, path, out);
    }
}

// A new workspace with the same settings as `from` (and nothing in it yet).
std::unique_ptr<Workspace> fresh_like(const Workspace& from) {
    auto ws = std::make_unique<Workspace>();
    ws->database.set_step_budget(from.database.step_budget());
    ws->ctx.migrations_dir = from.ctx.migrations_dir;
    ws->ctx.models_path = from.ctx.models_path;
    ws->ctx.new_revision_id = from.ctx.new_revision_id;
    ws->ctx.now = from.ctx.now;
    return ws;
}

void copy_files(const Workspace& from, Workspace& to) {
    std::vector<std::string> dirs;
    collect_dirs(from.files, "", dirs);
    for (const auto& d : dirs) to.files.make_dir(d);
    for (const auto& f : from.files.all_files()) to.files.write(f, from.files.read(f));
}

// Puts database bytes into a workspace and proves they are a readable SQLite database (restore
// checks them: database.hpp's quick_check).
void load_database(Workspace& ws, const std::string& bytes) {
    try {
        ws.database.restore(bytes);
    } catch (const Error& e) {
        ws.database.remove();
        throw Error("the saved database is damaged (" + e.message() + ")");
    }
}

// The bind databases' bytes, by key (those that exist).
std::map<std::string, std::string> bind_bytes(const Workspace& ws) {
    std::map<std::string, std::string> out;
    for (const auto& [key, db] : ws.ctx.binds->all())
        if (db->exists()) out[key] = static_cast<command::MemoryDatabase&>(*db).bytes();
    return out;
}

void load_binds(Workspace& ws, const std::map<std::string, std::string>& binds) {
    for (const auto& [key, bytes] : binds) {
        if (bytes.empty()) continue; // none yet
        auto& db = static_cast<command::MemoryDatabase&>(ws.ctx.binds->get(key));
        try {
            db.restore(bytes);
        } catch (const Error& e) {
            db.remove();
            throw Error("the saved database " + key + ".db is damaged (" + e.message() + ")");
        }
    }
}

json output_json(const Output& out) {
    json lines = json::array();
    for (const auto& l : out.lines())
        lines.push_back({{"stream", l.stream == OutputLine::Stream::Stdout ? "stdout" : "stderr"}, {"text", l.text}});
    return lines;
}

} // namespace

Project::Project(const json& options) : ws_(std::make_unique<Workspace>()) {
    load_options(*ws_, options);
    if (options.is_object())
        if (auto steps = step_budget(options)) sql_steps_ = *steps;
    ws_->database.set_step_budget(sql_steps_);
}

json Project::call(const json& request) {
    // A request may set the step budget for itself; the project's comes back after it.
    struct Budget {
        Project& p;
        ~Budget() { p.ws_->database.set_step_budget(p.sql_steps_); }
    } restore_budget{*this};
    try {
        if (request.is_object())
            if (auto steps = step_budget(request)) ws_->database.set_step_budget(*steps);
        return dispatch(request);
    } catch (const Error& e) {
        return error_reply(e.message(), e.where());
    } catch (const std::bad_alloc&) {
        return error_reply("out of memory: the request needed more memory than the page can give it; ask for less "
                           "(add a LIMIT, or select fewer or smaller values)");
    } catch (const std::exception& e) {
        return error_reply(std::string("internal error: ") + e.what());
    } catch (...) {
        return error_reply("internal error: an unknown exception");
    }
}

json Project::dispatch(const json& request) {
    if (!request.is_object()) throw Error("a request is a JSON object with a \"cmd\"");
    const std::string cmd = required_string(request, "cmd");
    if (cmd == "run") return run(*ws_, required_string(request, "line"));
    if (cmd == "state") return {{"ok", true}, {"state", state(*ws_)}};
    if (cmd == "files") {
        json files = json::array();
        for (const auto& f : ws_->files.all_files()) files.push_back({{"path", f}, {"size", ws_->files.read(f).size()}});
        return {{"ok", true}, {"files", files}};
    }
    if (cmd == "read_file") {
        std::string path = required_string(request, "path");
        return {{"ok", true}, {"path", path}, {"content", ws_->files.read(path)}};
    }
    if (cmd == "write_file") {
        ws_->files.write(required_string(request, "path"), required_string(request, "content"));
        return {{"ok", true}};
    }
    if (cmd == "delete_file") {
        ws_->files.remove(required_string(request, "path"));
        return {{"ok", true}};
    }
    if (cmd == "schema") return schema(*ws_, request);
    if (cmd == "query") return query(request);
    if (cmd == "rows") return rows(request);
    if (cmd == "dry_run") return dry_run(request);
    if (cmd == "snapshot") return snapshot();
    if (cmd == "restore") return restore(request);
    if (cmd == "reset") return reset(request);
    throw Error("unknown request '" + cmd + "'");
}

namespace {

// Binds "params" (null, numbers, strings, booleans as 0/1) to a statement's placeholders.
void bind_params(sqlite::Statement& st, const json& request) {
    auto it = request.find("params");
    if (it == request.end()) return;
    if (!it->is_array()) throw Error(wrong_type("\"params\"", "an array of values", *it));
    for (std::size_t i = 0; i < it->size(); ++i) {
        const json& v = (*it)[i];
        const int index = static_cast<int>(i + 1);
        if (v.is_null()) st.bind(index, sqlite::Value{});
        else if (v.is_boolean()) st.bind(index, sqlite::Value{std::int64_t{v.get<bool>() ? 1 : 0}});
        else if (v.is_number_integer()) st.bind(index, sqlite::Value{v.get<std::int64_t>()});
        else if (v.is_number()) st.bind(index, sqlite::Value{v.get<double>()});
        else if (v.is_string()) st.bind(index, sqlite::Value{v.get<std::string>()});
        else throw Error(wrong_type("\"params\"[" + std::to_string(i) + "]", "null, a number or a string", v));
    }
}

// Columns and rows of a statement, at most `max_rows`, within kMaxResultBytes. A blob is shown
// by its size, and never read.
json result_json(sqlite::Statement& st, std::size_t max_rows) {
    json columns = json::array(), rows = json::array();
    for (int c = 0; c < st.column_count(); ++c) columns.push_back(st.column_name(c));
    sqlite::ResultSize size;
    while (rows.size() < max_rows && st.step()) {
        json row = json::array();
        for (int c = 0; c < st.column_count(); ++c) {
            if (st.column_is_blob(c)) {
                std::string shown = blob_text(st.column_bytes(c));
                size.add(shown.size());
                row.push_back(std::move(shown));
            } else {
                size.add(st.column_bytes(c) + 4); // counted before the value is read
                row.push_back(value_json(st.column(c)));
            }
        }
        rows.push_back(std::move(row));
    }
    return {{"ok", true}, {"columns", std::move(columns)}, {"rows", std::move(rows)}};
}

constexpr std::size_t kMaxRows = 10000; // a page shows the first 10,000 rows

} // namespace

// One statement of the page's SQL box, with its "params" bound. A transaction it leaves open is
// rolled back (each call stands alone, as a sqlite3 shell that exits).
json Project::query(const json& request) {
    const std::string sql = required_string(request, "sql");
    sqlite::Database& db = ws_->source(request).open();
    json reply;
    try {
        sqlite::Statement st(db, sql);
        bind_params(st, request);
        reply = result_json(st, kMaxRows);
    } catch (...) {
        db.rollback_user_transaction();
        throw;
    }
    db.rollback_user_transaction();
    return reply;
}

// A page of a table's rows, for the table browser: the name is quoted here, as SQLAlchemy quotes
// it, so no table name is ever SQL.
json Project::rows(const json& request) {
    const std::string table = required_string(request, "table");
    const auto limit = whole_number(request, "limit", 100, 0, static_cast<std::int64_t>(kMaxRows));
    const auto offset = whole_number(request, "offset", 0, 0, std::numeric_limits<std::int64_t>::max());
    command::MemoryDatabase& source = ws_->source(request);
    if (!source.exists() || !source.open().table_exists(table))
        throw Error("no table named '" + table + "' in the database");
    sqlite::Database& db = source.open();
    const std::string name = sqlite::quote_identifier(table);
    sqlite::Statement st(db, "SELECT * FROM " + name + " LIMIT ? OFFSET ?");
    st.bind(1, sqlite::Value{limit});
    st.bind(2, sqlite::Value{offset});
    json reply = result_json(st, kMaxRows);
    reply["row_count"] = value_json(db.query("SELECT count(*) FROM " + name)[0][0]);
    return reply;
}

json Project::run(Workspace& ws, const std::string& line) {
    Output out;
    int rc = command::run_console_line(ws.ctx, line, out);
    return {{"ok", true},
            {"exit_code", rc},
            {"output", output_json(out)},
            {"hints", command::hints_for(out.lines())},
            {"state", state(ws)}};
}

// The command on a throwaway copy of the files and the database: what it would print (and the
// state and, on request, the schema it would leave), with nothing changed here.
json Project::dry_run(const json& request) {
    std::string line = required_string(request, "line");
    auto scratch = fresh_like(*ws_);
    copy_files(*ws_, *scratch);
    load_database(*scratch, ws_->database.bytes());
    load_binds(*scratch, bind_bytes(*ws_));
    json reply = run(*scratch, line);
    if (request.contains("schema") && request["schema"] == true) reply["tables"] = schema(*scratch, request)["tables"];
    return reply;
}

json Project::snapshot() {
    json files = json::object();
    for (const auto& f : ws_->files.all_files()) files[f] = ws_->files.read(f);
    std::vector<std::string> dirs;
    collect_dirs(ws_->files, "", dirs);
    json binds = json::object();
    for (const auto& [key, bytes] : bind_bytes(*ws_)) binds[key] = base64_encode(bytes);
    return {{"ok", true},  {"database", base64_encode(ws_->database.bytes())}, {"binds", binds},
            {"files", files}, {"dirs", dirs}};
}

// Replaces the files (when "files" is given) and/or the database (when "database" is given; ""
// removes it). Everything is checked before anything is replaced.
json Project::restore(const json& request) {
    const bool has_files = request.contains("files"), has_db = request.contains("database");
    if (!has_files && !has_db) throw Error("restore needs \"files\" and/or \"database\"");
    auto next = fresh_like(*ws_);
    if (has_files) {
        const json& files = request["files"];
        if (!files.is_object()) throw Error("\"files\" must be an object of path: content");
        if (request.contains("dirs")) {
            if (!request["dirs"].is_array()) throw Error("\"dirs\" must be an array of folder paths");
            for (const auto& d : request["dirs"]) {
                if (!d.is_string()) throw Error("\"dirs\" must be an array of folder paths");
                next->files.make_dir(d.get<std::string>());
            }
        }
        for (const auto& [path, content] : files.items()) {
            if (!content.is_string()) throw Error("the content of '" + path + "' is not a string");
            next->files.write(path, content.get<std::string>());
        }
    } else {
        copy_files(*ws_, *next);
    }
    if (has_db) {
        if (!request["database"].is_string()) throw Error("\"database\" must be a base64 string");
        load_database(*next, base64_decode(request["database"].get<std::string>()));
        // The bind databases go with the app's (none in a snapshot from before --multidb).
        std::map<std::string, std::string> binds;
        if (auto it = request.find("binds"); it != request.end()) {
            if (!it->is_object()) throw Error("\"binds\" must be an object of bind key: base64 database");
            for (const auto& [key, value] : it->items()) {
                if (!value.is_string()) throw Error("\"binds\"." + key + " must be a base64 string");
                binds[key] = base64_decode(value.get<std::string>());
            }
        }
        load_binds(*next, binds);
    } else {
        load_database(*next, ws_->database.bytes());
        load_binds(*next, bind_bytes(*ws_));
    }
    ws_ = std::move(next);
    return {{"ok", true}, {"state", state(*ws_)}};
}

// Back to an example's files (default "visits"; null: no files) and no database.
json Project::reset(const json& request) {
    json options = json::object();
    if (request.contains("example")) options["example"] = request["example"];
    auto next = fresh_like(*ws_);
    load_options(*next, options);
    ws_ = std::move(next);
    return {{"ok", true}, {"state", state(*ws_)}};
}

std::string base64_encode(const std::string& bytes) {
    static constexpr char table[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        unsigned v = (static_cast<unsigned char>(bytes[i]) << 16) | (static_cast<unsigned char>(bytes[i + 1]) << 8) |
                     static_cast<unsigned char>(bytes[i + 2]);
        out += table[(v >> 18) & 63];
        out += table[(v >> 12) & 63];
        out += table[(v >> 6) & 63];
        out += table[v & 63];
    }
    if (i < bytes.size()) {
        unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
        if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        out += table[(v >> 18) & 63];
        out += table[(v >> 12) & 63];
        out += i + 1 < bytes.size() ? table[(v >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

std::string base64_decode(const std::string& text) {
    auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '+') return 62;
        if (c == '/') return 63;
        return -1;
    };
    if (text.size() % 4 != 0) throw Error("the database is not valid base64 (its length is not a multiple of 4)");
    std::string out;
    out.reserve(text.size() / 4 * 3);
    for (size_t i = 0; i < text.size(); i += 4) {
        int v[4];
        int pad = 0;
        for (int k = 0; k < 4; ++k) {
            char c = text[i + k];
            if (c == '=' && i + 4 == text.size() && k >= 2) {
                v[k] = 0;
                ++pad;
                continue;
            }
            if (pad) throw Error("the database is not valid base64 (data after '=')");
            v[k] = value(c);
            if (v[k] < 0) throw Error("the database is not valid base64 (a character outside its alphabet)");
        }
        unsigned n = (static_cast<unsigned>(v[0]) << 18) | (static_cast<unsigned>(v[1]) << 12) |
                     (static_cast<unsigned>(v[2]) << 6) | static_cast<unsigned>(v[3]);
        out += static_cast<char>((n >> 16) & 255);
        if (pad < 2) out += static_cast<char>((n >> 8) & 255);
        if (pad < 1) out += static_cast<char>(n & 255);
    }
    return out;
}

namespace {

// The graph as the page draws it: newest first, as `flask db history` lists it. A stand-in for a
// revision whose file did not read carries "broken" and why.
void put_revisions(json& st, const script::RevisionMap& map, const std::vector<std::string>& current,
                   const std::map<std::string, command::ScriptDirectory::Readable::StandIn>& stand_ins = {}) {
    auto revs = map.iterate_revisions(script::RevArg{std::string("heads")}, script::RevArg{std::string("base")}, false,
                                      true, false, false);
    for (const auto* r : revs) {
        json rev = {{"id", r->id},
                    {"down_revisions", r->down_revisions},
                    {"depends_on", r->dependencies},
                    {"branch_labels", r->branch_labels},
                    {"message", r->doc()},
                    {"path", r->file},
                    {"is_head", r->is_head()},
                    {"is_base", r->is_base()},
                    {"is_branch_point", r->is_branch_point()},
                    {"is_merge_point", r->is_merge_point()},
                    {"is_current", std::find(current.begin(), current.end(), r->id) != current.end()}};
        if (auto it = stand_ins.find(r->id); it != stand_ins.end()) {
            rev["broken"] = true;
            rev["error"] = it->second.reason;
        }
        st["revisions"].push_back(std::move(rev));
    }
}

} // namespace

json Project::state(Workspace& ws) {
    json st = {{"current", json::array()}, {"heads", json::array()}, {"revisions", json::array()}, {"error", nullptr}};
    std::vector<std::string> current;
    if (ws.database.exists()) current = runtime::read_heads(ws.database.open(), *ws.ctx.version_table);
    st["current"] = current;
    // The bind databases (--multidb), each with its revisions: the schema and data panes switch.
    json databases = json::array();
    for (const auto& key : ws.bind_keys()) {
        command::DatabaseSource& db = ws.ctx.binds->get(key);
        json heads = json::array();
        if (db.exists())
            for (const auto& h : runtime::read_heads(db.open(), *ws.ctx.version_table)) heads.push_back(h);
        databases.push_back({{"key", key}, {"name", key + ".db"}, {"current", heads}});
    }
    st["databases"] = databases;
    std::optional<command::ScriptDirectory> scripts;
    try {
        scripts.emplace(ws.ctx);
        put_revisions(st, scripts->map(), current);
        st["heads"] = scripts->map().heads();
    } catch (const Error& e) {
        st["error"] = e.message();
        if (e.where()) st["where"] = {{"file", e.where()->file()}, {"line", e.where()->line}, {"column", e.where()->column}};
        // One bad file must not blank the whole graph: the rest of it, with the bad one marked.
        // (No heads: commands fail until the file is fixed.)
        st["revisions"] = json::array();
        try {
            if (scripts)
                if (auto readable = scripts->readable(); readable.map)
                    put_revisions(st, *readable.map, current, readable.stand_ins);
        } catch (const Error&) {
            st["revisions"] = json::array(); // the error above says it all
        }
    }
    return st;
}

json Project::schema(Workspace& ws, const json& request) {
    json tables = json::array();
    command::MemoryDatabase& source = ws.source(request);
    if (!source.exists()) return {{"ok", true}, {"tables", tables}};
    sqlite::Database& db = source.open();
    for (const auto& name : schema::table_names(db)) {
        json t = {{"name", name}};
        auto sql = db.query("SELECT sql FROM sqlite_master WHERE type='table' AND name=?", {name});
        t["sql"] = sql.empty() ? json(nullptr) : value_json(sql[0][0]);
        t["columns"] = json::array();
        for (const auto& row : db.query("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)", {name}))
            t["columns"].push_back({{"name", value_json(row[0])},
                                    {"type", value_json(row[1])},
                                    {"notnull", std::get<std::int64_t>(row[2]) != 0},
                                    {"default", value_json(row[3])},
                                    {"pk", value_json(row[4])}});
        t["indexes"] = json::array();
        for (const auto& row : db.query("SELECT name, \"unique\" FROM pragma_index_list(?) ORDER BY name", {name})) {
            json cols = json::array();
            for (const auto& c : db.query("SELECT name FROM pragma_index_info(?) ORDER BY seqno", {row[0]}))
                cols.push_back(value_json(c[0]));
            t["indexes"].push_back({{"name", value_json(row[0])}, {"unique", std::get<std::int64_t>(row[1]) != 0}, {"columns", cols}});
        }
        t["foreign_keys"] = json::array();
        for (const auto& row : db.query("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?)", {name}))
            t["foreign_keys"].push_back({{"table", value_json(row[0])}, {"columns", {value_json(row[1])}}, {"references", {value_json(row[2])}}});
        auto count = db.query("SELECT count(*) FROM " + sqlite::quote_identifier(name));
        t["row_count"] = value_json(count[0][0]);
        tables.push_back(t);
    }
    return {{"ok", true}, {"tables", tables}};
}

} // namespace revlab::wasm
