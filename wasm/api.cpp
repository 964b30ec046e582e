// The wasm boundary: three extern "C" functions, JSON strings in and out (see API.md). Each
// handle owns one Project; nothing here is global except the table of open handles, which lives
// inside the module instance (one per Worker).
#include "api.hpp"

#include <map>
#include <memory>
#include <new>
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

// Why the last revlab_open failed, as a JSON reply: revlab_call(0, ...) answers it.
std::string& open_error() {
    static std::string reply;
    return reply;
}

} // namespace

extern "C" {

int revlab_open(const char* options_json) {
    // Bad options (a file whose content is not a string, an unknown example, a path outside the
    // project) make no project and no handle: 0, with the reason kept for revlab_call(0, ...).
    // Nothing is left half-made, so the module stays as healthy as before.
    try {
        auto options = nlohmann::json::parse(options_json ? options_json : "{}", nullptr, false);
        if (options.is_discarded()) throw revlab::Error("the options are not valid JSON");
        auto project = std::make_unique<revlab::wasm::Project>(options);
        int id = next_handle();
        handles()[id].project = std::move(project);
        open_error().clear();
        return id;
    } catch (const revlab::Error& e) {
        open_error() = revlab::wasm::error_reply("revlab_open: " + e.message()).dump();
    } catch (const std::bad_alloc&) {
        open_error() = revlab::wasm::error_reply("revlab_open: out of memory").dump();
    } catch (const std::exception& e) {
        open_error() = revlab::wasm::error_reply(std::string("revlab_open: internal error: ") + e.what()).dump();
    } catch (...) {
        open_error() = revlab::wasm::error_reply("revlab_open: internal error: an unknown exception").dump();
    }
    return 0;
}

const char* revlab_call(int handle, const char* request_json) {
    static std::string fallback; // only for calls on an unknown handle
    if (handle == 0 && !open_error().empty()) return open_error().c_str();
    auto it = handles().find(handle);
    if (it == handles().end()) {
        fallback = revlab::wasm::error_reply("no open project with handle " + std::to_string(handle)).dump();
        return fallback.c_str();
    }
    try {
        nlohmann::json reply;
        auto request = nlohmann::json::parse(request_json ? request_json : "", nullptr, false);
        if (request.is_discarded()) reply = revlab::wasm::error_reply("the request is not valid JSON");
        else reply = it->second.project->call(request);
        // Invalid UTF-8 in a file must not abort the reply: replace it.
        it->second.reply = reply.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    } catch (const std::bad_alloc&) {
        it->second.reply = revlab::wasm::error_reply("out of memory: the reply is too large for the page").dump();
    }
    return it->second.reply.c_str();
}

void revlab_close(int handle) { handles().erase(handle); }

} // extern "C"
