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

class Project {
public:
    // options: {"example": "visits"} (default), {"example": null}, {"files": {...}}
    explicit Project(const nlohmann::json& options);

    // Never throws: every failure becomes {"ok": false, "error": ...}.
    nlohmann::json call(const nlohmann::json& request);

private:
    nlohmann::json dispatch(const nlohmann::json& request);
    nlohmann::json state();
    nlohmann::json schema();

    project::MemoryFileTree files_;
    command::MemoryDatabase database_;
    command::Context ctx_;
};

nlohmann::json error_reply(const std::string& message, const std::optional<SourceLocation>& where = std::nullopt);

} // namespace revlab::wasm
