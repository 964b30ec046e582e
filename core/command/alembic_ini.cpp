#include "command/alembic_ini.hpp"

#include "error.hpp"
#include "py/percent_mapping.hpp"

#include <algorithm>
#include <cctype>

namespace revlab::command {

namespace {

std::string strip(const std::string& s) {
    const auto* ws = " \t\r\f\v";
    auto a = s.find_first_not_of(ws);
    if (a == std::string::npos) return "";
    return s.substr(a, s.find_last_not_of(ws) - a + 1);
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

} // namespace

IniFile::IniFile(const std::string& text, const std::string& file_name) : file_(file_name) {
    Section* section = nullptr;
    std::string section_name;
    Value* last = nullptr;        // the option a more-indented line continues
    std::size_t last_indent = 0;
    int line_no = 0;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        auto end = text.find('\n', pos);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(pos, end - pos);
        pos = end + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const std::string stripped = strip(line);
        const std::size_t indent = line.find_first_not_of(" \t");
        // Full-line comments (# or ;, indented or not) and blank lines end nothing and add nothing.
        if (stripped.empty() || stripped[0] == '#' || stripped[0] == ';') {
            if (stripped.empty()) last = nullptr;
            if (end == text.size()) break;
            continue;
        }
        if (last && indent > last_indent) { // a continuation line: joined with a newline
            last->raw += "\n" + stripped;
            if (end == text.size()) break;
            continue;
        }
        last = nullptr;
        if (stripped[0] == '[' && stripped.back() == ']') {
            section_name = stripped.substr(1, stripped.size() - 2);
            if (section_name == "DEFAULT") {
                section = &defaults_;
            } else {
                if (sections_.count(section_name))
                    throw Error({file_, line_no, 1}, "section '" + section_name + "' already exists");
                section = &sections_[section_name];
            }
        } else {
            if (!section)
                throw Error({file_, line_no, 1}, "File contains no section headers: write [alembic] first");
            const auto delim = line.find_first_of("=:");
            if (delim == std::string::npos)
                throw Error({file_, line_no, static_cast<int>(indent) + 1},
                            "not an option (write name = value) or a [section]");
            const std::string name = lower(strip(line.substr(0, delim)));
            if (name.empty())
                throw Error({file_, line_no, static_cast<int>(indent) + 1}, "an option needs a name before '='");
            if (section->count(name))
                throw Error({file_, line_no, static_cast<int>(indent) + 1},
                            "option '" + name + "' in section '" + section_name + "' already exists");
            last = &((*section)[name] = Value{strip(line.substr(delim + 1)), line_no});
            last_indent = indent;
        }
        if (end == text.size()) break;
    }
}

const IniFile::Value* IniFile::find(const Section& section, const std::string& option) const {
    if (auto it = section.find(option); it != section.end()) return &it->second;
    if (auto it = defaults_.find(option); it != defaults_.end()) return &it->second;
    return nullptr;
}

std::optional<std::string> IniFile::get(const std::string& section, const std::string& option) const {
    auto it = sections_.find(section);
    if (it == sections_.end() || !find(it->second, lower(option))) return std::nullopt;
    int budget = 10000; // references expanded in all: ten levels of many references each would never end
    return interpolate(it->second, lower(option), 0, budget);
}

// BasicInterpolation: "%%" is "%", "%(name)s" the value of another option, interpolated in turn
// (ConfigParser gives up past 10 levels).
std::string IniFile::interpolate(const Section& section, const std::string& option, int depth, int& budget) const {
    const Value* v = find(section, option);
    if (--budget < 0) throw Error(file_ + ": the interpolation of '" + option + "' expands too many references");
    if (!v) {
        if (option == "here") return ""; // Config sets it to the file's folder; Revlab's paths are relative
        throw Error("alembic.ini: bad interpolation: '%(" + option + ")s' names no option of the section");
    }
    if (depth > 10)
        throw Error({file_, v->line, 1}, "interpolation of '" + option + "' is nested more than 10 deep");
    const auto bad = [&] {
        return Error({file_, v->line, 1},
                     "bad interpolation in '" + option + "': write %(name)s, or %% for a %");
    };
    try {
        return py::format_mapping(v->raw, [&](const py::PercentSpec& spec) {
            if (!py::is_plain_s(spec)) throw bad();
            return interpolate(section, lower(spec.key), depth + 1, budget);
        });
    } catch (const py::PercentMappingError& e) {
        if (e.kind != py::PercentMappingError::Kind::NoKey) throw bad();
        throw Error({file_, v->line, 1},
                    "'%' must be followed by '%' or '(' in '" + option +
                        "' (write %% for a literal %, as in file_template = %%(rev)s_%%(slug)s)");
    }
}

ScriptConfig read_script_config(const project::FileTree& files, const std::string& migrations_dir) {
    ScriptConfig config;
    const std::string path = migrations_dir + "/alembic.ini";
    if (!files.exists(path)) return config;
    IniFile ini(files.read(path, kMaxIniBytes), path);
    if (auto t = ini.get("alembic", "file_template")) config.file_template = *t;
    if (auto t = ini.get("alembic", "truncate_slug_length")) {
        const std::string s = strip(*t);
        const bool digits = !s.empty() && s.size() < 9 &&
                            std::all_of(s.begin() + (s[0] == '-' ? 1 : 0), s.end(),
                                        [](char c) { return c >= '0' && c <= '9'; }) && s != "-";
        if (!digits) throw Error(path + ": truncate_slug_length must be a whole number, not '" + s + "'");
        const int n = std::stoi(s);
        if (n != 0) config.truncate_slug_length = n; // `or 40`: 0 keeps the default
    }
    return config;
}

} // namespace revlab::command
