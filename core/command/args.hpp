// Command-line parsing for `flask db <verb>`, with click's rules and click's messages: options
// before or after arguments, `--opt=value`, `-mvalue`, `--` to end options, "No such option",
// "Got unexpected extra argument", "Option '-m' requires an argument." and exit code 2.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace revlab::command {

struct OptionSpec {
    std::vector<std::string> names; // "-d", "--directory"
    bool flag = false;
    bool multiple = false;
    std::string dest; // the key in ParsedArgs
};

struct VerbSpec {
    std::string name;
    std::string usage_args;          // "[OPTIONS] [REVISION]"
    std::vector<OptionSpec> options;
    int max_positional = 0;          // -1: any number
    std::vector<std::string> positional_defaults;
};

struct ParsedArgs {
    std::map<std::string, std::vector<std::string>> values;
    std::map<std::string, bool> flags;
    std::vector<std::string> positional;
    bool help = false;

    std::optional<std::string> value(const std::string& dest) const;
    bool flag(const std::string& dest) const;
    std::vector<std::string> all(const std::string& dest) const;
    // The verb takes this option (for `multiple` ones, whether given or not).
    bool takes(const std::string& dest) const { return values.count(dest) != 0; }
};

// A click usage error: the text to print on stderr and exit code 2.
struct UsageError {
    std::string text;
};

// The specification of every `flask db` verb (Flask-Migrate 4.0.4, plus Revlab's extras).
const std::vector<VerbSpec>& verb_specs();
const VerbSpec* find_verb(const std::string& name);

// Throws UsageError.
ParsedArgs parse_verb_args(const VerbSpec& spec, const std::vector<std::string>& args);

// `flask db <verb> --help` text, or nullptr; "" gives the group's help.
const char* verb_help(const std::string& verb);

// click's usage header for errors: "Usage: flask db upgrade [OPTIONS] [REVISION]\nTry ..."
std::string usage_error(const VerbSpec* spec, const std::string& message);

} // namespace revlab::command
