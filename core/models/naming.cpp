// Flask-SQLAlchemy 3.0's table names (flask_sqlalchemy/model.py, camel_to_snake_case):
//     re.sub(r"((?<=[a-z0-9])[A-Z]|(?!^)[A-Z](?=[a-z]))", r"_\1", name).lower().lstrip("_")
// An upper-case letter gets an underscore before it when it follows a lower-case letter or digit,
// or when it starts a lower-case run (and is not the first character): "HTTPServerLog" ->
// "http_server_log", "OAuth2Token" -> "o_auth2_token". Both look-arounds read the original name.
#include "models/models.hpp"

namespace revlab::models {

namespace {

bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

} // namespace

// Python's [A-Z] and [a-z] are ASCII ranges; lower() would also fold non-ASCII letters, which is
// why the caller refuses to derive a name from a non-ASCII class name (see declarative.cpp).
std::string camel_to_snake_case(const std::string& name) {
    std::string out;
    out.reserve(name.size() + 4);
    for (std::size_t i = 0; i < name.size(); ++i) {
        char c = name[i];
        if (is_upper(c)) {
            bool after_lower_or_digit = i > 0 && (is_lower(name[i - 1]) || is_digit(name[i - 1]));
            bool starts_word = i > 0 && i + 1 < name.size() && is_lower(name[i + 1]);
            if (after_lower_or_digit || starts_word) out += '_';
            out += static_cast<char>(c - 'A' + 'a');
        } else {
            out += c;
        }
    }
    std::size_t start = out.find_first_not_of('_');
    return start == std::string::npos ? std::string() : out.substr(start);
}

} // namespace revlab::models
