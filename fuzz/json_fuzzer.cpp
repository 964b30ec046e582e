// The JSON entry point (wasm::Project::call) exactly as the wasm shell feeds it: the input is
// parsed as JSON (bad JSON is the shell's own error reply), then one request, or each request of
// an array in order, goes to a project opened on the demo. call() must never throw, and must
// never answer "internal error": that reply means some failure escaped as a non-Error exception.
// The input is also tried as a project's options (revlab_open's): a bad one must be an Error.
#include "common.hpp"

#include "api.hpp"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace revlab;
    const std::string_view text = fuzz::as_text(data, size);
    nlohmann::json request = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (request.is_discarded()) return 0;
    fuzz::expect_errors([&] {
        nlohmann::json options = request;
        if (options.is_object()) options["sql_steps"] = fuzz::MemoryProject::kSqlSteps;
        wasm::Project opened(options);
    });
    wasm::Project project(nlohmann::json{{"sql_steps", fuzz::MemoryProject::kSqlSteps}});
    std::vector<nlohmann::json> requests;
    if (request.is_array()) {
        for (const auto& r : request)
            if (requests.size() < 8) requests.push_back(r);
    } else {
        requests.push_back(request);
    }
    for (const auto& r : requests) {
        nlohmann::json reply = project.call(r);
        if (reply.is_object() && reply.value("ok", true) == false && reply["error"].is_string() &&
            reply["error"].get<std::string>().rfind("internal error", 0) == 0) {
            std::fprintf(stderr, "request %s\nreplied %s\n", r.dump().c_str(), reply.dump().c_str());
            std::abort();
        }
        // Serialized as the shell does it (invalid UTF-8 replaced).
        (void)reply.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    return 0;
}
