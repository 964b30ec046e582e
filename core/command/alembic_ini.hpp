// migrations/alembic.ini, read as Alembic's Config reads it (Python's ConfigParser with its basic
// %-interpolation), for the options of the [alembic] section that change what Revlab writes:
// file_template and truncate_slug_length, the names of new revision files.
#pragma once

#include "project/file_tree.hpp"

#include <map>
#include <optional>
#include <string>

namespace revlab::command {

// One .ini file: sections of options, names lower-cased as ConfigParser's optionxform does.
class IniFile {
public:
    // Throws Error at file:line:col for what ConfigParser refuses: a line outside any section, a line
    // that is neither a section, an option nor a comment, a repeated section or option.
    IniFile(const std::string& text, const std::string& file_name);

    // The option's value after interpolation (%% is %, %(name)s another option of the section or of
    // [DEFAULT], or `here`); nullopt when absent.
    std::optional<std::string> get(const std::string& section, const std::string& option) const;

private:
    struct Value {
        std::string raw;
        int line = 0;
    };
    using Section = std::map<std::string, Value>;
    std::string interpolate(const Section& section, const std::string& option, int depth, int& budget) const;
    const Value* find(const Section& section, const std::string& option) const;

    std::string file_;
    std::map<std::string, Section> sections_;
    Section defaults_;
};

// What ScriptDirectory.from_config takes from [alembic].
struct ScriptConfig {
    std::string file_template = "%(rev)s_%(slug)s";
    int truncate_slug_length = 40;
};

// alembic.ini is a few dozen lines; a larger one is refused before it is read (a 2 GB file took
// 6 GB of memory to parse).
inline constexpr std::size_t kMaxIniBytes = 1u << 20;

// Reads <migrations_dir>/alembic.ini; Alembic's defaults when it is missing.
ScriptConfig read_script_config(const project::FileTree& files, const std::string& migrations_dir);

} // namespace revlab::command
