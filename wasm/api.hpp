// The JSON API of a Revlab project, independent of how it is called: the wasm module's three
// extern "C" functions (api.cpp) are a thin shell over it, and the native tests drive it directly.
// See API.md for the requests and replies.
#pragma once

#include "command/context.hpp"
#include "project/file_tree.hpp"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace revlab::wasm {

// One project's files, database and command context. A Workspace can be replaced whole
// (restore, reset) or copied into a throwaway one (dry_run).
struct Workspace {
    Workspace();
    project::MemoryFileTree files{"/backend"};
    command::MemoryDatabase database{"/backend/app.db"};
    command::Context ctx{files, database};

    // The database a request names with "database": a bind key of SQLALCHEMY_BINDS (the models'
    // __bind_key__), or the app's own database when absent, null or "".
    command::MemoryDatabase& source(const nlohmann::json& request);
    // The bind databases as the page lists them: the keys the models declare, then any other
    // that exists (a bind whose models were since removed), each once.
    std::vector<std::string> bind_keys();
};

class Project {
public:
    // options: {"example": "visits"} (default), {"example": null}, {"files": {...}}, and
    // "sql_steps" (the step budget of each SQL statement). Throws Error on bad options.
    explicit Project(const nlohmann::json& options);

    // Never throws: every failure becomes {"ok": false, "error": ...}.
    nlohmann::json call(const nlohmann::json& request);

private:
    nlohmann::json dispatch(const nlohmann::json& request);
    nlohmann::json run(Workspace& ws, const std::string& line);
    nlohmann::json state(Workspace& ws);
    nlohmann::json schema(Workspace& ws, const nlohmann::json& request);
    nlohmann::json query(const nlohmann::json& request);
    nlohmann::json rows(const nlohmann::json& request);
    nlohmann::json dry_run(const nlohmann::json& request);
    nlohmann::json snapshot();
    nlohmann::json restore(const nlohmann::json& request);
    nlohmann::json reset(const nlohmann::json& request);

    std::unique_ptr<Workspace> ws_;
    std::uint64_t sql_steps_ = sqlite::kDefaultStepBudget;
};

nlohmann::json error_reply(const std::string& message, const std::optional<SourceLocation>& where = std::nullopt);

// Standard base64 (RFC 4648, with padding), for database bytes in JSON. decode throws Error on
// anything that is not base64.
std::string base64_encode(const std::string& bytes);
std::string base64_decode(const std::string& text);

} // namespace revlab::wasm
