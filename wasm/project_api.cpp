#include "api.hpp"

#include "command/dispatch.hpp"
#include "command/script_directory.hpp"
#include "project/examples.hpp"
#include "runtime/version_table.hpp"
#include "schema/reflect.hpp"

#include <algorithm>

namespace revlab::wasm {

using nlohmann::json;

namespace {

json value_json(const sqlite::Value& v) {
    if (std::holds_alternative<std::monostate>(v)) return nullptr;
    if (auto* i = std::get_if<std::int64_t>(&v)) return *i;
    if (auto* d = std::get_if<double>(&v)) return *d;
    if (auto* s = std::get_if<std::string>(&v)) return *s;
    return "<blob " + std::to_string(std::get<sqlite::Blob>(v).bytes.size()) + " bytes>";
}

std::string required_string(const json& request, const char* key) {
    auto it = request.find(key);
    if (it == request.end() || !it->is_string()) throw Error(std::string("the request needs a string '") + key + "'");
    return it->get<std::string>();
}

} // namespace

json error_reply(const std::string& message, const std::optional<SourceLocation>& where) {
    json reply = {{"ok", false}, {"error", message}};
    if (where) reply["where"] = {{"file", where->file}, {"line", where->line}, {"column", where->column}};
    return reply;
}

Project::Project(const json& options) : files_("/backend"), database_("/backend/app.db"), ctx_{files_, database_} {
    if (options.is_object() && options.contains("files")) {
        for (const auto& [path, content] : options["files"].items()) files_.write(path, content.get<std::string>());
    } else {
        std::string example = "visits";
        if (options.is_object() && options.contains("example")) {
            if (options["example"].is_null()) example.clear();
            else example = options["example"].get<std::string>();
        }
        if (!example.empty()) project::load_example(example, files_);
    }
}

json Project::call(const json& request) {
    try {
        return dispatch(request);
    } catch (const Error& e) {
        return error_reply(e.message(), e.where());
    } catch (const std::exception& e) {
        return error_reply(std::string("internal error: ") + e.what());
    }
}

json Project::dispatch(const json& request) {
    if (!request.is_object()) throw Error("a request is a JSON object with a \"cmd\"");
    const std::string cmd = required_string(request, "cmd");
    if (cmd == "run") {
        Output out;
        int rc = command::run_console_line(ctx_, required_string(request, "line"), out);
        json lines = json::array();
        for (const auto& l : out.lines())
            lines.push_back({{"stream", l.stream == OutputLine::Stream::Stdout ? "stdout" : "stderr"}, {"text", l.text}});
        return {{"ok", true}, {"exit_code", rc}, {"output", lines}, {"state", state()}};
    }
    if (cmd == "state") return {{"ok", true}, {"state", state()}};
    if (cmd == "files") {
        json files = json::array();
        for (const auto& f : files_.all_files()) files.push_back({{"path", f}, {"size", files_.read(f).size()}});
        return {{"ok", true}, {"files", files}};
    }
    if (cmd == "read_file") {
        std::string path = required_string(request, "path");
        return {{"ok", true}, {"path", path}, {"content", files_.read(path)}};
    }
    if (cmd == "write_file") {
        files_.write(required_string(request, "path"), required_string(request, "content"));
        return {{"ok", true}};
    }
    if (cmd == "delete_file") {
        files_.remove(required_string(request, "path"));
        return {{"ok", true}};
    }
    if (cmd == "schema") return schema();
    if (cmd == "query") {
        sqlite::Statement st(database_.open(), required_string(request, "sql"));
        json columns = json::array(), rows = json::array();
        for (int c = 0; c < st.column_count(); ++c) columns.push_back(st.column_name(c));
        while (st.step()) {
            json row = json::array();
            for (int c = 0; c < st.column_count(); ++c) row.push_back(value_json(st.column(c)));
            rows.push_back(row);
            if (rows.size() >= 10000) break; // a page shows the first 10,000 rows
        }
        return {{"ok", true}, {"columns", columns}, {"rows", rows}};
    }
    throw Error("unknown request '" + cmd + "'");
}

json Project::state() {
    json st = {{"current", json::array()}, {"heads", json::array()}, {"revisions", json::array()}, {"error", nullptr}};
    std::vector<std::string> current;
    if (database_.exists()) current = runtime::read_heads(database_.open());
    st["current"] = current;
    try {
        command::ScriptDirectory scripts(ctx_);
        const auto& map = scripts.map();
        st["heads"] = map.heads();
        auto revs = map.iterate_revisions(script::RevArg{std::string("heads")}, script::RevArg{std::string("base")}, false,
                                          true, false, false);
        for (const auto* r : revs) {
            st["revisions"].push_back({{"id", r->id},
                                       {"down_revisions", r->down_revisions},
                                       {"depends_on", r->dependencies},
                                       {"branch_labels", r->branch_labels},
                                       {"message", r->doc()},
                                       {"path", r->file},
                                       {"is_head", r->is_head()},
                                       {"is_base", r->is_base()},
                                       {"is_branch_point", r->is_branch_point()},
                                       {"is_merge_point", r->is_merge_point()},
                                       {"is_current", std::find(current.begin(), current.end(), r->id) != current.end()}});
        }
    } catch (const Error& e) {
        st["error"] = e.message();
        if (e.where()) st["where"] = {{"file", e.where()->file}, {"line", e.where()->line}, {"column", e.where()->column}};
    }
    return st;
}

json Project::schema() {
    json tables = json::array();
    if (!database_.exists()) return {{"ok", true}, {"tables", tables}};
    sqlite::Database& db = database_.open();
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
