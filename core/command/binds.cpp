#include "command/binds.hpp"

#include "py/lexer.hpp"

#include <algorithm>

namespace revlab::command {

std::vector<std::string> declared_bind_keys(const Context& ctx) {
    std::vector<std::string> keys;
    std::string text;
    try {
        if (!ctx.files.exists(ctx.models_path)) return keys;
        text = ctx.files.read(ctx.models_path, py::kMaxSourceBytes);
        const std::vector<py::Token> tokens = py::tokenize(text, ctx.models_path);
        // `__bind_key__ = '<key>'` (a class attribute) and `bind_key='<key>'` (db.Table's keyword).
        for (std::size_t i = 0; i + 2 < tokens.size(); ++i) {
            const py::Token& name = tokens[i];
            if (name.kind != py::TokenKind::Name || !(name.text == "__bind_key__" || name.text == "bind_key"))
                continue;
            if (tokens[i + 1].kind != py::TokenKind::Op || tokens[i + 1].text != "=") continue;
            const py::Token& value = tokens[i + 2];
            if (value.kind != py::TokenKind::String || value.is_bytes || value.is_formatted) continue;
            std::string key;
            py::append_string_value(value, key);
            if (!key.empty() && std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
        }
    } catch (const Error&) {
        // The models' own errors are reported where the models are read (migrate, check).
    }
    return keys;
}

std::vector<std::pair<std::string, std::string>> bind_urls(Context& ctx) {
    std::vector<std::pair<std::string, std::string>> urls;
    if (!ctx.binds) return urls;
    for (const std::string& key : declared_bind_keys(ctx))
        urls.emplace_back(key, ctx.binds->get(key).url());
    return urls;
}

void install_app_settings(py::Interp& I, Context& ctx) {
    const std::string url = ctx.database.url();
    const std::vector<std::pair<std::string, std::string>> binds = bind_urls(ctx);
    I.add_native_module("_revlab_app", [url, binds](py::Interp& in, py::ModuleObj& m) {
        py::Ref<py::DictObj> settings = in.dict();
        settings->set(in, "url", in.str(url));
        py::Ref<py::DictObj> bind_dict = in.dict();
        for (const auto& [key, bind_url] : binds)
            bind_dict->set(in, key, in.str(bind_url));
        settings->set(in, "binds", py::Value(bind_dict));
        m.dict->set(in, "settings",
                    in.builtin(
                        "settings",
                        [](py::Interp&, const py::Value&, py::CallArgs&, const py::Value& data) -> py::Value {
                            return data;
                        },
                        py::Value(), py::Value(settings)));
    });
}

} // namespace revlab::command
