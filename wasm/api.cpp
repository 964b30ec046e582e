// The wasm boundary: three extern "C" functions, JSON strings in and out (see API.md). Each
// handle owns one Project; nothing here is global except the table of open handles, which lives
// inside the module instance (one per Worker).
#include "api.hpp"

#include <map>
#include <memory>
#include <string>

namespace {

struct Handle {
    std::unique_ptr<revlab::wasm::Project> project;
    std::string reply; // kept alive until the next call on this handle
};

// The module instance's open projects. Emscripten gives each instance its own memory, so this is
// per page/worker, not per process.
std::map<int, Handle>& handles() {
    static std::map<int, Handle> open;
    return open;
}

int next_handle() {
    static int next = 0;
    return ++next;
}

} // namespace

extern "C" {

int revlab_open(const char* options_json) {
    try {
        auto options = nlohmann::json::parse(options_json ? options_json : "{}", nullptr, false);
        if (options.is_discarded()) options = nlohmann::json::object();
        int id = next_handle();
        handles()[id].project = std::make_unique<revlab::wasm::Project>(options);
        return id;
    } catch (...) {
        return 0;
    }
}

const char* revlab_call(int handle, const char* request_json) {
    static std::string fallback; // only for calls on an unknown handle
    auto it = handles().find(handle);
    if (it == handles().end()) {
        fallback = revlab::wasm::error_reply("no open project with handle " + std::to_string(handle)).dump();
        return fallback.c_str();
    }
    nlohmann::json reply;
    auto request = nlohmann::json::parse(request_json ? request_json : "", nullptr, false);
    if (request.is_discarded()) reply = revlab::wasm::error_reply("the request is not valid JSON");
    else reply = it->second.project->call(request);
    // Invalid UTF-8 in a file must not abort the reply: replace it.
    it->second.reply = reply.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return it->second.reply.c_str();
}

void revlab_close(int handle) { handles().erase(handle); }

} // extern "C"
